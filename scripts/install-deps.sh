#!/usr/bin/env bash
# Installs what marsad needs, from Debian 12 packages and the npm registry only.
#   scripts/install-deps.sh build  what compiling the marsad binary needs: compiler, CMake,
#                                  make, the libraries (not GoogleTest nor Google Benchmark:
#                                  cmake/Deps.cmake leaves the unit tests and benchmarks out
#                                  without them)
#   scripts/install-deps.sh data   what building the gazetteer index needs besides marsad:
#                                  Node.js + npm and the npm packages (devDependencies left out)
#   scripts/install-deps.sh demo   both: what `make demo` needs (which runs `data` while
#                                  marsad compiles)
#   scripts/install-deps.sh [all]  the above plus what the test suite, benchmarks and fuzzing
#                                  need (GoogleTest, Chromium, PostgreSQL + PostGIS, Slurm, ...)
# Idempotent: does nothing when everything is already present. Runs apt-get as root, or
# through sudo for another user.
set -euo pipefail
cd "$(dirname "$0")/.."

set_name="${1:-all}"
case "$set_name" in
  build | data | demo | all) ;;
  *) echo "usage: scripts/install-deps.sh [build|data|demo|all]" >&2; exit 2 ;;
esac

# The marsad binary links these libraries (cmake/Deps.cmake finds them).
BUILD_PACKAGES=(
  build-essential make cmake pkg-config
  libicu-dev libmarisa-dev rapidjson-dev libcli11-dev libcpp-httplib-dev libfmt-dev
  libxxhash-dev libzstd-dev zlib1g-dev libgumbo-dev libgeonames-common
)
# Node.js and npm are added below when absent (a machine may have another build of nodejs).
DATA_PACKAGES=(ca-certificates)
TEST_PACKAGES=(
  libgtest-dev libgmock-dev libbenchmark-dev  # the unit tests and the benchmarks
  git clang ripgrep time python3 zstd file curl  # file: dpkg-shlibdeps for make package; curl: tests/cli/hardening.sh
  chromium wrk  # the map page's browser test (tests/e2e) and the HTTP bench (bench/serve_bench.sh)
  slurm-wlm munge  # the Slurm job-array test (tests/cli/slurm.sh)
  libpq-dev postgresql-15 postgresql-15-postgis-3  # marsad load, and the PostGIS test (tests/cli/postgis.sh)
  gdal-bin  # ogrinfo opens the GeoJSON output as a GIS would (tests/cli/geojson.sh)
  pybind11-dev python3-dev  # the Python module (python/, docs/python.md; optional in the build)
  python3-pandas python3-geopandas  # its DataFrame helpers' test (python_pandas)
  groff-base man-db  # the man page's test renders docs/marsad.1 (tests/cli/completion.sh)
)

# Prints the Debian packages of a set that are not installed.
missing_packages() {
  local p packages=()
  case "$1" in
    build) packages=("${BUILD_PACKAGES[@]}") ;;
    data) packages=("${DATA_PACKAGES[@]}") ;;
    demo) packages=("${BUILD_PACKAGES[@]}" "${DATA_PACKAGES[@]}") ;;
    all) packages=("${BUILD_PACKAGES[@]}" "${DATA_PACKAGES[@]}" "${TEST_PACKAGES[@]}") ;;
  esac
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
  # Node.js and npm: a machine may already have them from another build of nodejs (which
  # bundles npm and conflicts with Debian's npm package); only install Debian's when absent.
  # Debian 12's own nodejs (18) is enough: every npm package is pinned to a release that
  # supports it (third_party/npm/package.json).
  if [ "$1" != build ]; then
    command -v node >/dev/null 2>&1 || echo nodejs
    command -v npm >/dev/null 2>&1 || echo npm
  fi
}

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root and sudo is not installed; as root run: apt-get install" \
         $(missing_packages "$set_name") >&2
    exit 1
  fi
  SUDO=(sudo)
fi
mapfile -t missing < <(missing_packages "$set_name")
if ((${#missing[@]})); then
  echo "install-deps: installing Debian packages: ${missing[*]}" >&2
  # The package lists are read again unless an earlier step did it in the last hour (make
  # demo installs the build set, then the data set while marsad compiles).
  if ! find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 2>/dev/null | grep -q .; then
    "${SUDO[@]}" apt-get update -qq
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
elif [ "$set_name" = build ] && ((${#SUDO[@]})) && [ -n "$(missing_packages data)" ]; then
  # make demo runs the data set in the background next: sudo asks for the password now, on
  # the terminal, rather than among the compiler's output. A command, not `sudo -v`: with
  # NOPASSWD beside the sudo group's rule (cloud images' default user) -v still asks one.
  sudo true
fi
[ "$set_name" = build ] && exit 0

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
installed=all
[ "$set_name" != all ] && npm_args=(--omit=dev) && installed=demo
if [ -L third_party/npm/node_modules ]; then
  # npm ci empties node_modules first: through a link (a worktree sharing another checkout's
  # packages) it would empty the other checkout's. The linked packages are used as they are.
  echo "install-deps: third_party/npm/node_modules links to $(readlink third_party/npm/node_modules):" \
       "the npm packages there are used as they are (remove the link to install them here)" >&2
elif [ ! -f "$marker" ] || [ third_party/npm/package.json -nt "$marker" ] ||
   [ third_party/npm/package-lock.json -nt "$marker" ] ||
   { [ "$set_name" = all ] && [ "$(cat "$marker")" = demo ]; }; then
  echo "install-deps: installing npm packages (third_party/npm${npm_args[*]:+, }${npm_args[*]})" >&2
  (cd third_party/npm && npm ci "${npm_args[@]}" --no-audit --no-fund --loglevel=error >&2)
  echo "$installed" >"$marker"
fi
