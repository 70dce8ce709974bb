# Sourced by scripts/run-fuzz.sh and scripts/run-sanitizers.sh: configures BUILD_DIR as the
# one instrumented build both use (clang; every library, tool and test built with ASan +
# UBSan and libFuzzer's coverage; the fuzz targets on), so that CI compiles it once.
# RapidJSON 1.1 (Debian) adds 0 to a null pointer in internal/stack.h on every parse, which
# UBSan reports as "applying non-zero offset to null pointer" (harmless; fixed upstream):
# pointer-overflow is off.
SANITIZED_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-sanitize=pointer-overflow -fno-omit-frame-pointer"

# configure_sanitized BUILD_DIR: once (a later run reuses the build dir and its corpora).
configure_sanitized() {
  [ -f "$1/CMakeCache.txt" ] && return 0
  CC=clang CXX=clang++ cmake -S . -B "$1" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMARSAD_FUZZ=ON -DMARSAD_BENCH=OFF \
    -DCMAKE_C_FLAGS="$SANITIZED_FLAGS" -DCMAKE_CXX_FLAGS="$SANITIZED_FLAGS" >/dev/null
}
