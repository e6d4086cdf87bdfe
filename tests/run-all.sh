#!/usr/bin/env bash
# Sets up a Debian 12 machine and runs every check TransformView has:
#   1. installs what is missing (packaging/install-deps.sh)
#   2. checks formatting against .clang-format
#   3. builds with warnings as errors and runs the whole ctest suite (PostgreSQL, keychain, GUI)
#   4. builds again with AddressSanitizer + UndefinedBehaviorSanitizer and runs the suite again
# Run it as root from anywhere: `bash tests/run-all.sh`. Build trees go to build/ci*.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc)

if [[ $(id -u) -ne 0 ]]; then
  echo "run-all: run this as root (it installs packages and starts PostgreSQL as the postgres user)" >&2
  exit 2
fi

step() { printf '\n=== %s\n' "$*"; }

step "Installing dependencies"
bash packaging/install-deps.sh

step "Checking formatting"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.h.in' 2>/dev/null || find app ui models server tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"
echo "format: ${#sources[@]} files clean"

run_suite() {
  local dir=$1
  shift
  step "Building in $dir ($*)"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
  step "Testing in $dir"
  ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --timeout 600
}

# Line tables only (-g1): a failure's stack still names file and line, and the two builds, which
# are most of the run's time, compile and link quicker than with full debug information.
run_suite build/ci -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
# Third-party libraries (fontconfig, D-Bus, the keychain's backends) keep caches for the life of the
# process; our own leaks still fail the run through everything else ASan checks.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build/ci-asan -DTV_SANITIZE=ON -DTV_BUILD_BENCHMARKS=OFF
