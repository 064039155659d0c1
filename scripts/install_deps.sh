#!/usr/bin/env bash
# Installs what `make demo` and `make test` need on Debian/Ubuntu: QGIS (apt, when missing),
# Qt's lrelease for the translations, and a venv (system site packages, for qgis and dask)
# with the test tools (with --test also the test-only apt packages below). Safe to run again:
# it skips what is there.
set -eu
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
need=()
/usr/bin/python3 -c "import qgis.core" 2>/dev/null || need+=(qgis python3-qgis qgis-providers)
command -v qgis_process.bin >/dev/null || need+=(qgis)
/usr/bin/python3 -c "import numpy, osgeo" 2>/dev/null || need+=(python3-numpy python3-gdal)
command -v lrelease >/dev/null || need+=(qttools5-dev-tools)
command -v zip >/dev/null || need+=(zip)
/usr/bin/python3 -c "import ensurepip" 2>/dev/null || need+=(python3-venv)
if [ "${1:-}" = "--test" ]; then
  # test only: the published website in a real browser (Chromium driven by Selenium), and
  # poppler's pdftotext and pdftoppm to read the advice reports back
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  /usr/bin/python3 -c "import selenium" 2>/dev/null || need+=(python3-selenium)
  command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || need+=(poppler-utils)
  # tests/test_dask.py runs a Dask scheduler and workers (the plugin itself never needs Dask
  # and never installs it)
  /usr/bin/python3 -c "import distributed" 2>/dev/null || need+=(python3-dask python3-distributed)
fi
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing with apt: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if [ "${1:-}" = "--test" ]; then
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import pytest_qgis, pyflakes" 2>/dev/null; then
    [ -x .venv/bin/python ] || /usr/bin/python3 -m venv --system-site-packages .venv
    .venv/bin/pip install -q "pytest>=7,<9" "pytest-qgis==2.1.0" "pyflakes==3.2.0"
  fi
fi
