#!/usr/bin/env bash
# A PostgreSQL + PostGIS server on loopback for the data package tests (and for trying the
# PostGIS package by hand). Debian/Ubuntu; uses sudo when not run as root. Safe to run again:
# it installs, creates and starts only what is missing, and says what it did.
#
#   - installs postgresql and postgresql-<version>-postgis-3 with apt when missing;
#   - creates and starts a cluster of its own, "zoemzone", on 127.0.0.1 port $ZOEMZONE_PG_PORT
#     (default 5439), leaving any other cluster alone;
#   - (with ZOEMZONE_NONINTERACTIVE=1, as the tests run it: sudo -n, never a password prompt)
#   - creates the role zoemzone (password kept in the files below) and the database
#     zoemzone_test owned by it, with PostGIS;
#   - writes build/postgis/pg_service.conf (service "zoemzone_test") and
#     build/postgis/zoemzone_pg.env (ZOEMZONE_PG_HOST/PORT/DBNAME/USER/PASSWORD/SERVICEFILE),
#     which tests/test_datapackage.py reads; `set -a; . build/postgis/zoemzone_pg.env` in a
#     shell, or PGSERVICEFILE=build/postgis/pg_service.conf with service=zoemzone_test in QGIS.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${ZOEMZONE_PG_PORT:-5439}
CLUSTER=zoemzone
DB=zoemzone_test
ROLE=zoemzone
OUT="$ROOT/build/postgis"
ENV_FILE="$OUT/zoemzone_pg.env"
SERVICE_FILE="$OUT/pg_service.conf"

say() { echo "start_postgis: $*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { say "not root and no sudo: cannot install or start PostgreSQL"; exit 1; }
  SUDO="sudo"
  # from the tests: fail rather than wait for a password
  [ -z "${ZOEMZONE_NONINTERACTIVE:-}" ] || SUDO="sudo -n"
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else $SUDO -u postgres "$@"; fi
}

installed_version() {
  # the newest PostgreSQL server installed from the packages
  ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sed 's#/usr/lib/postgresql/\([0-9]*\)/.*#\1#' | sort -n | tail -1
}

VERSION=$(installed_version)
if [ -z "$VERSION" ] || ! command -v pg_createcluster >/dev/null; then
  say "installing postgresql with apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql postgresql-common
  VERSION=$(installed_version)
fi
[ -n "$VERSION" ] || { say "no PostgreSQL server found after installing"; exit 1; }
if [ ! -f "/usr/share/postgresql/$VERSION/extension/postgis.control" ]; then
  PKG="postgresql-$VERSION-postgis-3"
  if ! apt-cache show "$PKG" >/dev/null 2>&1; then $SUDO apt-get update -qq; fi
  apt-cache show "$PKG" >/dev/null 2>&1 || { say "apt has no $PKG for PostgreSQL $VERSION"; exit 1; }
  say "installing $PKG with apt"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$PKG"
fi
say "PostgreSQL $VERSION with PostGIS is installed"

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
  if pg_lsclusters -h | awk '{print $3}' | grep -qx "$PORT"; then
    say "port $PORT is used by another cluster; set ZOEMZONE_PG_PORT to a free port"; exit 1
  fi
  say "creating cluster $VERSION/$CLUSTER on port $PORT"
  $SUDO pg_createcluster --port "$PORT" "$VERSION" "$CLUSTER" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')
if pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
  say "cluster $VERSION/$CLUSTER is running on 127.0.0.1:$PORT"
else
  say "starting cluster $VERSION/$CLUSTER on 127.0.0.1:$PORT"
  # loopback only (Debian's postgresql.conf reads conf.d/ last)
  echo "listen_addresses = '127.0.0.1'" | $SUDO tee "/etc/postgresql/$VERSION/$CLUSTER/conf.d/zoemzone.conf" >/dev/null
  $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start
fi
for _ in $(seq 1 30); do
  as_postgres pg_isready -q -p "$PORT" && break
  sleep 1
done
as_postgres pg_isready -q -p "$PORT" || { say "the server does not answer on port $PORT"; exit 1; }

# the password lives with the cluster, so every checkout on this machine (clones, worktrees)
# gets the same one and none of them locks the others out; else this checkout's, else new
PASSWORD_FILE="/etc/postgresql/$VERSION/$CLUSTER/zoemzone_password"
PASSWORD=$($SUDO cat "$PASSWORD_FILE" 2>/dev/null || true)
[ -n "$PASSWORD" ] || { [ -f "$ENV_FILE" ] && PASSWORD=$(sed -n 's/^ZOEMZONE_PG_PASSWORD=//p' "$ENV_FILE"); } || true
[ -n "$PASSWORD" ] || PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
printf '%s' "$PASSWORD" | $SUDO tee "$PASSWORD_FILE" >/dev/null
$SUDO chmod 600 "$PASSWORD_FILE"

psql_admin() { as_postgres env PGOPTIONS=--client-min-messages=warning psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }
if [ "$(psql_admin -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  say "creating role $ROLE"
  psql_admin -c "CREATE ROLE $ROLE LOGIN"
fi
psql_admin -c "ALTER ROLE $ROLE WITH LOGIN PASSWORD '$PASSWORD'"
if [ "$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  say "creating database $DB owned by $ROLE"
  psql_admin -c "CREATE DATABASE $DB OWNER $ROLE"
fi
psql_admin -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis"
say "database $DB has PostGIS $(psql_admin -d "$DB" -tA -c 'SELECT postgis_lib_version()')"

mkdir -p "$OUT"
umask 077
cat > "$SERVICE_FILE" <<EOF
[zoemzone_test]
host=127.0.0.1
port=$PORT
dbname=$DB
user=$ROLE
password=$PASSWORD
EOF
cat > "$ENV_FILE" <<EOF
ZOEMZONE_PG_HOST=127.0.0.1
ZOEMZONE_PG_PORT=$PORT
ZOEMZONE_PG_DBNAME=$DB
ZOEMZONE_PG_USER=$ROLE
ZOEMZONE_PG_PASSWORD=$PASSWORD
ZOEMZONE_PG_SERVICEFILE=$SERVICE_FILE
EOF
PGPASSWORD="$PASSWORD" psql -X -q -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DB" -tA -c "SELECT 1" >/dev/null \
  || { say "cannot log in as $ROLE over TCP"; exit 1; }
say "ready: postgresql://$ROLE@127.0.0.1:$PORT/$DB; connection in $ENV_FILE and $SERVICE_FILE"
