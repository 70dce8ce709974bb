#!/usr/bin/env bash
# Installs what marsad needs, from Debian 12 packages and the npm registry only.
#   scripts/install-deps.sh demo   what `make demo` needs: compiler, CMake, libraries, make,
#                                  Node.js + npm (the gazetteer index is built from npm packages;
#                                  npm's devDependencies are left out)
#   scripts/install-deps.sh [all]  the above plus what the test suite, benchmarks and fuzzing
#                                  need (Chromium, PostgreSQL + PostGIS, Slurm, clang, ...)
# Idempotent: does nothing when everything is already present. Runs apt-get as root, or
# through sudo for another user.
set -euo pipefail
cd "$(dirname "$0")/.."

set_name="${1:-all}"
case "$set_name" in
  demo | all) ;;
  *) echo "usage: scripts/install-deps.sh [demo|all]" >&2; exit 2 ;;
esac

# Configuring the build needs all of these (CMake finds GTest and benchmark even when only
# the marsad binary is built); the marsad binary links the libraries.
DEMO_PACKAGES=(
  build-essential make cmake pkg-config ca-certificates
  libicu-dev libmarisa-dev rapidjson-dev libcli11-dev libcpp-httplib-dev libfmt-dev
  libxxhash-dev libzstd-dev zlib1g-dev libgumbo-dev libgeonames-common
  libgtest-dev libgmock-dev libbenchmark-dev
)
TEST_PACKAGES=(
  git clang ripgrep time python3 zstd file curl  # file: dpkg-shlibdeps for make package; curl: tests/cli/hardening.sh
  chromium wrk  # the map page's browser test (tests/e2e) and the HTTP bench (bench/serve_bench.sh)
  slurm-wlm munge  # the Slurm job-array test (tests/cli/slurm.sh)
  libpq-dev postgresql-15 postgresql-15-postgis-3  # marsad load, and the PostGIS test (tests/cli/postgis.sh)
  gdal-bin  # ogrinfo opens the GeoJSON output as a GIS would (tests/cli/geojson.sh)
  pybind11-dev python3-dev  # the Python module (python/, docs/python.md; optional in the build)
  python3-pandas python3-geopandas  # its DataFrame helpers' test (python_pandas)
  groff-base man-db  # the man page's test renders docs/marsad.1 (tests/cli/completion.sh)
)
packages=("${DEMO_PACKAGES[@]}")
[ "$set_name" = all ] && packages+=("${TEST_PACKAGES[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm: a machine may already have them from another build of nodejs (which
# bundles npm and conflicts with Debian's npm package); only install Debian's when absent.
# Debian 12's own nodejs (18) is enough: every npm package is pinned to a release that
# supports it (third_party/npm/package.json).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "install-deps: installing Debian packages: ${missing[*]}" >&2
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "install-deps: not root and sudo is not installed; as root run: apt-get install ${missing[*]}" >&2
      exit 1
    fi
    SUDO=(sudo)
  fi
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; then
  echo "install-deps: Node.js $(node --version) is too old: the npm packages need Node.js 18 or later" \
       "(Debian 12's nodejs is 18)" >&2
  exit 1
fi

# npm packages (versions pinned in third_party/npm/package.json and its lock file): the demo
# takes the dependencies (the index's data, the map page's assets), the rest also the
# devDependencies (playwright-core, for the map page's browser test). The marker file says
# "demo" when only the dependencies are installed.
marker=third_party/npm/node_modules/.marsad-installed
npm_args=()
[ "$set_name" = demo ] && npm_args=(--omit=dev)
if [ ! -f "$marker" ] || [ third_party/npm/package.json -nt "$marker" ] ||
   [ third_party/npm/package-lock.json -nt "$marker" ] ||
   { [ "$set_name" = all ] && [ "$(cat "$marker")" = demo ]; }; then
  echo "install-deps: installing npm packages (third_party/npm${npm_args[*]:+, }${npm_args[*]})" >&2
  (cd third_party/npm && npm ci "${npm_args[@]}" --no-audit --no-fund --loglevel=error >&2)
  echo "$set_name" >"$marker"
fi
