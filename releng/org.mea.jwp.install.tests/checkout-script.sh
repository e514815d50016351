#!/usr/bin/env bash
# Checks the checkout's ./jwp where it decides to build: a product built by ./mvnw counts as current,
# two ./jwp started together build once (the second waits and says so), a changed source rebuilds
# once, a change outside the sources does not, a failed build is said and retried, and ./jwp test
# runs ./mvnw verify inside Xvfb when there is no display.
# The script runs in a copy of the checkout's layout whose ./mvnw is a stand-in that counts its
# calls and "builds" in three seconds: what is checked is the script's decisions, not Maven.
# Run by the build (phase integration-test); by hand:
# releng/org.mea.jwp.install.tests/checkout-script.sh [WORK_FOLDER]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$root/releng/org.mea.jwp.install.tests/target/checkout-script}
rm -rf "$work"
tree=$work/checkout
mkdir -p "$tree/bundles/a/src" "$tree/bundles/a.tests/src" "$tree/features" "$tree/releng" "$tree/targetplatform" "$tree/.mvn" "$tree/docs" "$work/bin"
cp "$root/jwp" "$tree/jwp"
echo "class A {}" > "$tree/bundles/a/src/A.java"
echo "<project/>" > "$tree/pom.xml"
calls=$work/mvnw-calls

# the stand-in for ./mvnw: one line per call, three seconds of "building", then the product and its
# archive as Tycho leaves them; JWP_FAKE_BUILD_FAILS=1 makes it fail
cat > "$tree/mvnw" <<'MVNW'
#!/bin/sh
here=$(cd "$(dirname "$0")" && pwd)
echo "$*" >> "$here/../mvnw-calls"
sleep 3
[ "${JWP_FAKE_BUILD_FAILS-}" = 1 ] && { echo "[ERROR] the stand-in build fails"; exit 1; }
# a process the build leaves running (as a test's server might), with whatever descriptors it inherited
[ "${JWP_FAKE_LEAVES_A_PROCESS-}" = 1 ] && { sleep 30 & echo $! > "$here/../left-behind.pid"; }
products=$here/releng/org.mea.jwp.product/target/products
mkdir -p "$products/org.mea.jwp.product/linux/gtk/x86_64/jwp-workbench"
printf '#!/bin/sh\necho "product $*"\n' > "$products/org.mea.jwp.product/linux/gtk/x86_64/jwp-workbench/jwp"
chmod +x "$products/org.mea.jwp.product/linux/gtk/x86_64/jwp-workbench/jwp"
touch "$products/jwp-workbench-linux.gtk.x86_64.tar.gz"
MVNW
chmod +x "$tree/mvnw"
# a stand-in for xvfb-run that says it was used and runs the command after its options
cat > "$work/bin/xvfb-run" <<'XVFB'
#!/bin/sh
echo "xvfb-run" >> "$(dirname "$0")/../xvfb-calls"
while [ $# -gt 0 ]; do case "$1" in -a) shift ;; -s) shift 2 ;; *) break ;; esac; done
exec "$@"
XVFB
chmod +x "$work/bin/xvfb-run"

fail() { echo "checkout-script: FAILED: $*" >&2; exit 1; }
step() { echo; echo "checkout-script: $*"; }
count() { [ -f "$calls" ] && wc -l < "$calls" | tr -d ' ' || echo 0; }
# mtimes have a resolution of a second on some file systems: let one pass between a build and a change
tick() { sleep 1.1; }

step "no product yet: two ./jwp started together build once; the second waits, then both run"
(cd "$tree" && ./jwp export --help > "$work/first.out" 2> "$work/first.err") &
first=$!
sleep 0.5
(cd "$tree" && ./jwp report --help > "$work/second.out" 2> "$work/second.err") &
second=$!
wait "$first" || fail "the first ./jwp failed: $(cat "$work/first.err")"
wait "$second" || fail "the second ./jwp failed: $(cat "$work/second.err")"
[ "$(count)" = 1 ] || fail "expected one build, ./mvnw ran $(count) times: $(cat "$calls")"
grep -q "building the product" "$work/first.err" || fail "the first ./jwp did not say it builds: $(cat "$work/first.err")"
grep -q "waiting for it to finish" "$work/second.err" || fail "the second ./jwp did not say it waits: $(cat "$work/second.err")"
grep -q "building the product" "$work/second.err" && fail "the second ./jwp built as well: $(cat "$work/second.err")"
[ "$(cat "$work/first.out")" = "product export --help" ] || fail "the first ./jwp ran: $(cat "$work/first.out")"
[ "$(cat "$work/second.out")" = "product report --help" ] || fail "the second ./jwp ran: $(cat "$work/second.out")"
grep -q -- "-DskipTests.* verify$" "$calls" || fail "the build was not ./mvnw -DskipTests ... verify: $(cat "$calls")"

step "nothing changed: no build"
(cd "$tree" && ./jwp diff --help > "$work/again.out" 2> "$work/again.err")
[ "$(count)" = 1 ] || fail "./jwp built again with nothing changed"
[ -s "$work/again.err" ] && fail "./jwp said something with nothing to do: $(cat "$work/again.err")"

step "a change outside the product (docs/, README, a test bundle): no build"
tick; echo "more" > "$tree/docs/page.md"; touch "$tree/README.md"; echo "class ATest {}" > "$tree/bundles/a.tests/src/ATest.java"
(cd "$tree" && ./jwp diff --help > /dev/null 2>&1)
[ "$(count)" = 1 ] || fail "a change in docs/ or in a test bundle rebuilt the product"

step "a product built by ./mvnw verify directly (the README's test command) counts as current"
tick; echo "class A { int x; }" > "$tree/bundles/a/src/A.java"
tick; (cd "$tree" && ./mvnw verify)
(cd "$tree" && ./jwp export --help > /dev/null 2> "$work/after-mvnw.err")
[ "$(count)" = 2 ] || fail "./jwp rebuilt a product that ./mvnw verify had just built: $(cat "$calls")"

step "a changed source (as after git pull): one build"
tick; echo "class A { int y; }" > "$tree/bundles/a/src/A.java"
(cd "$tree" && ./jwp export --help > /dev/null 2> "$work/changed.err")
[ "$(count)" = 3 ] || fail "a changed source did not rebuild once: $(cat "$calls")"
(cd "$tree" && ./jwp export --help > /dev/null 2>&1)
[ "$(count)" = 3 ] || fail "the rebuilt product was not current"

step "a failed build is said, with its log, exit 2; the next ./jwp tries again"
tick; touch "$tree/pom.xml"
set +e
(cd "$tree" && JWP_FAKE_BUILD_FAILS=1 ./jwp export --help > "$work/failed.out" 2> "$work/failed.err")
code=$?
set -e
[ "$code" = 2 ] || fail "a failed build gave exit $code"
grep -q "the build failed; the full log is .*jwp-build.log" "$work/failed.err" || fail "the failure said: $(cat "$work/failed.err")"
grep -q "the stand-in build fails" "$work/failed.err" || fail "the build's [ERROR] lines were not shown: $(cat "$work/failed.err")"
[ -s "$work/failed.out" ] && fail "a command ran although the build failed: $(cat "$work/failed.out")"
(cd "$tree" && ./jwp export --help > /dev/null 2>&1) || fail "the build after a failed one failed"
[ "$(count)" = 5 ] || fail "the build after a failed one did not run: $(cat "$calls")"

step "a process the build leaves running does not hold the lock once ./jwp has ended"
(cd "$tree" && JWP_FAKE_LEAVES_A_PROCESS=1 ./jwp build > /dev/null 2>&1) || fail "./jwp build failed"
kill -0 "$(cat "$work/left-behind.pid")" 2>/dev/null || fail "the stand-in did not leave its process running"
(cd "$tree" && timeout 10 ./jwp export --help > /dev/null 2> "$work/after-daemon.err") \
  || fail "./jwp waited for a lock that a left-behind process holds: $(cat "$work/after-daemon.err")"
grep -q "waiting" "$work/after-daemon.err" && fail "./jwp waited after the build had ended: $(cat "$work/after-daemon.err")"
kill "$(cat "$work/left-behind.pid")" 2>/dev/null || true

step "./jwp test without a display: ./mvnw verify inside Xvfb, with the arguments given"
(cd "$tree" && env -u DISPLAY -u WAYLAND_DISPLAY PATH="$work/bin:$PATH" ./jwp test -o -pl bundles/a > "$work/test.out" 2> "$work/test.err") \
  || fail "./jwp test failed: $(cat "$work/test.err")"
[ "$(tail -n 1 "$calls")" = "verify -o -pl bundles/a" ] || fail "./jwp test ran ./mvnw $(tail -n 1 "$calls")"
[ -f "$work/xvfb-calls" ] || fail "./jwp test did not use xvfb-run without a display"
grep -q "no display" "$work/test.err" || fail "./jwp test did not say why Xvfb: $(cat "$work/test.err")"

step "./jwp test on a desktop: ./mvnw verify plainly"
rm -f "$work/xvfb-calls"
(cd "$tree" && DISPLAY=:99 PATH="$work/bin:$PATH" ./jwp test -o > /dev/null 2>&1) || fail "./jwp test with a display failed"
[ -f "$work/xvfb-calls" ] && fail "./jwp test used xvfb-run although there is a display"
[ "$(tail -n 1 "$calls")" = "verify -o" ] || fail "./jwp test with a display ran ./mvnw $(tail -n 1 "$calls")"

step "an unknown command is refused with the usage, exit 2, and nothing built"
before=$(count)
set +e
(cd "$tree" && ./jwp frobnicate > /dev/null 2> "$work/unknown.err")
code=$?
set -e
[ "$code" = 2 ] || fail "an unknown command gave exit $code"
grep -q "unknown command or argument 'frobnicate'" "$work/unknown.err" || fail "an unknown command said: $(cat "$work/unknown.err")"
[ "$(count)" = "$before" ] || fail "an unknown command started a build"

echo
echo "checkout-script: all checks passed"
