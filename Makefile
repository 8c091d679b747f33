# A thin wrapper around CMake; every target prints the commands it runs.
#   make run            install what is missing, build (release), run the main experiment
#   make test           install what is missing, build, run every test (ctest)
#   make test SANITIZE=1  the same suite under ASan + UBSan, in build-asan/
#   make bench          the benchmarks against java -Xint and raw SimGrid
#   make stress         every Java test with a collection every 200 allocations (slow)
#   make ssi            every Java test on 4 nodes under every --force mode, policy and placement (slow)
#   make valgrind       unit tests and sample programs under valgrind (slow)
BUILD_TYPE ?= Release
ifeq ($(SANITIZE),1)
BUILD ?= build-asan
CMAKE_FLAGS += -DDJSIM_SANITIZE=ON
BUILD_TYPE = Debug
# The 100,000-task scale test measures memory at scale, which ASan's shadow memory distorts.
CTEST_FLAGS += -LE slow
else
BUILD ?= build
endif
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench stress ssi valgrind format clean

all: build

deps:
	./scripts/install-deps

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/djsim run experiments/tree_dfs.yaml

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) $(CTEST_FLAGS)

bench: build
	./bench/run-bench $(BUILD)

stress: build
	./tests/stress/gc-stress.sh $(BUILD)

ssi: build
	./tests/ssi-matrix.sh $(BUILD)

valgrind: build
	./tests/stress/valgrind.sh $(BUILD)

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build build-asan
