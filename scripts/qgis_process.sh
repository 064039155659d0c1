#!/usr/bin/env bash
# Runs qgis_process with the plugin from build/ enabled in a profile of its own
# (build/qgis-profile), so a user's QGIS profile is never touched.
# Debian's /usr/bin/qgis_process wrapper breaks on --noversioncheck, so call the binary.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QGIS_CUSTOM_CONFIG_PATH="${QGIS_CUSTOM_CONFIG_PATH:-$root/build/qgis-profile}"
export QGIS_PLUGINPATH="$root/build"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
qgis_process.bin plugins enable zoemzone_plugin >/dev/null 2>&1 || true
exec qgis_process.bin "$@"
