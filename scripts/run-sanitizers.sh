#!/usr/bin/env bash
# The unit and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer (CI's sanitizer
# step): any report aborts the test that caused it, so the step fails.
#   scripts/run-sanitizers.sh [BUILD_DIR]
# With clang (CI has it): the instrumented build of scripts/run-fuzz.sh (default build-fuzz,
# scripts/sanitized-build.sh), so CI compiles it once for both steps. Without clang: g++
# with -DMARSAD_SANITIZE=ON (default build-asan).
# Environment: JOBS (default nproc). Needs the default gazetteer index
# (scripts/build-gazetteer.sh; tests that need it skip without it).
# Left out, for time and because they test packaging or outside tools more than marsad's
# memory: cli_map_e2e (a browser), cli_package, cli_install, cli_postgis, cli_slurm,
# cli_slurm_nocgroup; and the Python module's tests (python_*: an uninstrumented python3
# cannot load a module built with ASan).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${JOBS:-$(nproc)}"
SLOW='^(cli_map_e2e|cli_package|cli_install|cli_postgis|cli_slurm|cli_slurm_nocgroup|python_.*)$'
start=$(date +%s)
if command -v clang++ >/dev/null 2>&1; then
  BUILD="${1:-build-fuzz}"
  . scripts/sanitized-build.sh
  configure_sanitized "$BUILD"
else
  BUILD="${1:-build-asan}"
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_SANITIZE=ON -DMARSAD_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD" -j "$JOBS"
built=$(date +%s)
# detect_leaks: the tests exit through paths (CLI11 exit, killed children) that leave
# process-lifetime allocations; a leak is not a memory error in a short-lived command.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
rc=0
(cd "$BUILD" && ctest --output-on-failure -j "$JOBS" -E "$SLOW" --timeout 900) || rc=$?
echo "run-sanitizers: $BUILD built in $((built - start)) s, tests $(( $(date +%s) - built )) s, exit $rc (left out: $SLOW)"
exit $rc
