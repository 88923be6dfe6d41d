#!/usr/bin/env bash
# `make test`: every check and test, printing how long each step took so a slow run shows where
# its minutes went.
#
# The release build of the site runs beside the native checks instead of after them: its last
# minutes (link-time optimisation of one module with one codegen unit, then the split and
# wasm-opt) keep one core busy, and the checks' compiles fill the other. Its output goes to
# target/build.log and is shown if it fails; the course site (make textbook-site) follows it
# there. The browser tests start once both are done.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target

start=$(date +%s)
took=""
fail() {
  echo "make test: $1 failed after $2 s (before it: ${took:-nothing})"
  [ -n "${build_pid:-}" ] && kill -- -"$build_pid" 2>/dev/null
  exit 1
}
step() {
  local t
  t=$(date +%s)
  make --no-print-directory "$1" || fail "$1" $(( $(date +%s) - t ))
  took="${took:+$took, }$1 $(( $(date +%s) - t )) s"
}

step setup

# The build, in its own process group so a failed check can stop it.
rm -f target/build.rc
build_start=$(date +%s)
setsid bash -c '{ make --no-print-directory build && make --no-print-directory textbook-site; } > target/build.log 2>&1; echo $? > target/build.rc' &
build_pid=$!
trap '[ -n "${build_pid:-}" ] && kill -- -"$build_pid" 2>/dev/null' EXIT

step check
step unit
step meta

wait_start=$(date +%s)
wait "$build_pid"
build_pid=""
rc=$(cat target/build.rc 2>/dev/null || echo 1)
build_took=$(( $(date +%s) - build_start ))
if [ "$rc" != 0 ]; then
  tail -n 60 target/build.log
  fail "build or textbook-site (target/build.log)" "$build_took"
fi
grep -E 'success|warning: |^textbook: built' target/build.log | grep -v 'unknown name subsection' | tail -n 3
took="$took, build and textbook-site $build_took s (of which $(( $(date +%s) - wait_start )) s after the checks)"

step browser

echo "make test: all checks passed in $(( $(date +%s) - start )) s ($took)"
