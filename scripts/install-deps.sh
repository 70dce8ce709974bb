#!/usr/bin/env bash
# Installs what marsad needs, from Debian 12 packages and the npm registry only.
# Idempotent: does nothing when everything is already present.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  build-essential cmake pkg-config git ca-certificates
  libicu-dev libmarisa-dev rapidjson-dev libcli11-dev libcpp-httplib-dev libfmt-dev
  libxxhash-dev libzstd-dev zlib1g-dev libgumbo-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang ripgrep time libgeonames-common python3
  chromium wrk  # the map page's browser test (tests/e2e) and the HTTP bench (bench/serve_bench.sh)
  slurm-wlm munge  # the Slurm job-array test (tests/cli/slurm.sh)
  libpq-dev postgresql-15 postgresql-15-postgis-3  # marsad load, and the PostGIS test (tests/cli/postgis.sh)
)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm: a machine may already have them from another build of nodejs (which
# bundles npm and conflicts with Debian's npm package); only install Debian's when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "install-deps: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm packages (versions pinned in third_party/npm/package.json and its lock file).
if [ ! -f third_party/npm/node_modules/.marsad-installed ] ||
   [ third_party/npm/package.json -nt third_party/npm/node_modules/.marsad-installed ]; then
  echo "install-deps: installing npm packages (third_party/npm)" >&2
  (cd third_party/npm && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch third_party/npm/node_modules/.marsad-installed
fi
