#!/usr/bin/env bash
# Checks the product's start script (rootfiles/unix/jwp) where the headless commands meet the
# user's environment: no HOME or one that cannot be written, a cached class-data file that the JVM
# cannot use (its messages must not land in a command's output), an update site in a folder whose
# name has a comma and a space, unsigned plug-ins listed and, with --signed-only, refused, and a
# report killed (kill -9) while it is written, the language chosen in the preferences, and the
# command server.
# Run by the build (this module, phase integration-test) after the product and the site; by hand:
# releng/org.mea.jwp.install.tests/start-script.sh [WORK_FOLDER]
set -euo pipefail
. "$(dirname "$0")/product.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz
site=$root/releng/org.mea.jwp.examples.site/target/repository
work=${1:-$root/releng/org.mea.jwp.install.tests/target/start-script}
feature=org.mea.jwp.examples.feature.feature.group

for needed in "$archive" "$site/content.jar"; do
  [ -f "$needed" ] || { echo "start-script: $needed is missing; build the product and the site first" >&2; exit 1; }
done
unpack_product "$work" "$archive"
mkdir -p "$work/tmp"
jwp=$product/jwp
export TMPDIR=$work/tmp

fail() { echo "start-script: FAILED: $*" >&2; exit 1; }
step() { echo; echo "start-script: $*"; }

step "HOME unset: the commands work in a folder of the user's own under TMPDIR"
env -u HOME "$jwp" export --default --format org.mea.jwp.core.taxa.csv --out "$work/taxa.csv" > "$work/no-home.out" 2> "$work/no-home.err" \
  || fail "jwp export without HOME: $(cat "$work/no-home.err")"
grep -q "^jwp export: wrote " "$work/no-home.out" || fail "jwp export without HOME said: $(cat "$work/no-home.out")"
[ -d "$TMPDIR/jwp-workbench-$(id -u)/cds" ] || fail "the command did not keep its state under $TMPDIR"
[ "$(stat -c %a "$TMPDIR/jwp-workbench-$(id -u)")" = 700 ] || fail "the folder under TMPDIR is not private"

step "HOME that cannot be written (/proc): the same"
HOME=/proc "$jwp" diff --default --from cycle-sc62 > "$work/proc-home.out" 2> "$work/proc-home.err" \
  || fail "jwp diff with HOME=/proc: $(cat "$work/proc-home.err")"
grep -q "^Changes from cycle-sc62" "$work/proc-home.out" || fail "jwp diff with HOME=/proc said: $(cat "$work/proc-home.out")"

step "the language chosen in the preferences: -nl at the next start; an -nl given wins"
(
  . "$work/jwp-workbench/language.sh"
  settings=.metadata/.plugins/org.eclipse.core.runtime/.settings
  mkdir -p "$work/ws-fr/$settings" "$HOME/.jwp-workbench/workspace/$settings"
  printf 'eclipse.preferences.version=1\nlanguage=fr\n' > "$work/ws-fr/$settings/org.mea.jwp.app.prefs"
  [ "$(jwp_language -data "$work/ws-fr")" = "-nl fr" ] || fail "a workspace with language=fr gave '$(jwp_language -data "$work/ws-fr")'"
  [ -z "$(jwp_language -data "$work/ws-fr" -nl es)" ] || fail "-nl on the command line did not win"
  [ -z "$(jwp_language)" ] || fail "the default workspace has no language chosen, yet got '$(jwp_language)'"
  printf 'language=es\n' > "$HOME/.jwp-workbench/workspace/$settings/org.mea.jwp.app.prefs"
  [ "$(jwp_language -clean)" = "-nl es" ] || fail "the default workspace's language=es gave '$(jwp_language -clean)'"
  rm -rf "$HOME/.jwp-workbench/workspace"
)

step "a class-data cache the JVM cannot use: nothing of it on stdout"
java_major=$(. "$work/jwp-workbench/jdk.sh"; jwp_find_jdk >/dev/null 2>&1 && jwp_java_major "$JAVA_HOME")
"$jwp" export --default --format org.mea.jwp.core.json --out "$work/a.json" > /dev/null
# the first command that writes a file starts the training that makes the commands' cache:
# an AOT cache on JDK 25+, a class-data-sharing archive before
kind=jsa
[ "${java_major:-0}" -lt 25 ] || kind=aot
for _ in $(seq 1 120); do
  ls "$HOME"/.jwp-workbench/cds/commands-*.$kind > /dev/null 2>&1 && ! ls -d "$HOME"/.jwp-workbench/cds/*.training > /dev/null 2>&1 && break
  sleep 1
done
caches=$(ls "$HOME"/.jwp-workbench/cds/commands-*.$kind 2>/dev/null) || fail "no class-data cache (.$kind) was made after jwp export"
! ls -d "$HOME"/.jwp-workbench/cds/*.training > /dev/null 2>&1 || fail "the training left its folder behind"
for cache in $caches; do echo "not a class-data file" > "$cache"; done
"$jwp" export --default --format org.mea.jwp.core.json --out "$work/b.json" > "$work/broken-cache.out" 2> "$work/broken-cache.err" \
  || fail "jwp export with a broken cache: $(cat "$work/broken-cache.err")"
[ "$(cat "$work/broken-cache.out")" = "jwp export: wrote $work/b.json (Programme (JSON))" ] \
  || fail "stdout has more than the command's line: $(cat "$work/broken-cache.out")"
cmp -s "$work/a.json" "$work/b.json" || fail "the export differs with a broken cache"

step "the command server: later commands run in it, in the user's folder, as they run alone"
(
  # a folder with a short name (not under this test's TMPDIR): a socket's name has at most 107
  # bytes, and the script starts no server where it would be longer
  JWP_STATE_DIR=$(mktemp -d /tmp/jwp-server.XXXXXX)
  export JWP_STATE_DIR JWP_SERVER=on
  cds=$JWP_STATE_DIR/cds
  finish() {
    "$jwp" server stop > /dev/null 2>&1 || true
    for _ in $(seq 1 120); do ls -d "$cds"/*.training > /dev/null 2>&1 || break; sleep 1; done
    rm -rf "$JWP_STATE_DIR"
  }
  trap finish EXIT
  "$jwp" validate --default > "$work/alone.out" || fail "jwp validate: $(cat "$work/alone.out")"
  for _ in $(seq 1 120); do [ -S "$(ls "$cds"/*.sock 2>/dev/null | head -1)" ] && break; sleep 1; done
  ls "$cds"/*.sock > /dev/null 2>&1 || fail "no command server after a command: $(cat "$cds"/*.log 2>/dev/null)"
  pgrep -f "org.mea.jwp.cli.server.*$cds" > /dev/null || fail "no server process"

  # a client that goes away while the server runs its command (here: while the new server still
  # warms up, so that the command has not ended) stops the server, and the command with it
  "$jwp" report --default --design progress --format pdf --out "$work/interrupted.pdf" > /dev/null 2>&1 &
  client=$!
  sleep 1
  kill "$client"
  wait "$client" 2>/dev/null || true
  for _ in $(seq 1 60); do pgrep -f "org.mea.jwp.cli.server.*$cds" > /dev/null || break; sleep 1; done
  ! pgrep -f "org.mea.jwp.cli.server.*$cds" > /dev/null || fail "the server still runs after its client was killed"
  grep -q "the client went away during its command" "$cds"/*.log || fail "the server's log: $(cat "$cds"/*.log)"
  [ ! -f "$work/interrupted.pdf" ] || fail "the interrupted report was written"
  ! ls "$cds"/*.sock > /dev/null 2>&1 || fail "the stopped server left its socket"

  # the next command runs alone (nothing answers) and starts a server again, once the start of the
  # stopped one is over (its lock, a folder, goes within a second)
  for _ in $(seq 1 30); do ls -d "$cds"/*.starting > /dev/null 2>&1 || break; sleep 1; done
  "$jwp" validate --default > "$work/alone-again.out" || fail "jwp validate after the server stopped"
  cmp -s "$work/alone.out" "$work/alone-again.out" || fail "jwp validate said something else after the server stopped"
  for _ in $(seq 1 120); do [ -S "$(ls "$cds"/*.sock 2>/dev/null | head -1)" ] && break; sleep 1; done
  ls "$cds"/*.sock > /dev/null 2>&1 || fail "no second server: $(cat "$cds"/*.log)"

  mkdir -p "$work/served"
  (cd "$work/served" && "$jwp" export --default --format org.mea.jwp.core.json --out p.json > "$work/served.out") \
    || fail "jwp export through the server: $(cat "$work/served.out")"
  grep -q "export ended with 0" "$cds"/*.log || fail "the export did not run in the server: $(cat "$cds"/*.log)"
  [ "$(cat "$work/served.out")" = "jwp export: wrote $work/served/p.json (Programme (JSON))" ] \
    || fail "the served export said: $(cat "$work/served.out")"
  cmp -s "$work/a.json" "$work/served/p.json" || fail "the served export differs from the one run alone"
  "$jwp" validate --default > "$work/served-validate.out" || fail "jwp validate through the server"
  cmp -s "$work/alone.out" "$work/served-validate.out" || fail "jwp validate through the server said something else"
  status=0
  "$jwp" report --default --design progress > /dev/null 2> "$work/served-usage.err" || status=$?
  [ "$status" -eq 2 ] || fail "wrong arguments through the server: exit $status, not 2"
  grep -q "^jwp report: --format is missing" "$work/served-usage.err" || fail "the usage through the server: $(cat "$work/served-usage.err")"
  grep -q "warmed up" "$cds"/*.log || fail "the server did not warm up: $(cat "$cds"/*.log)"
  [ "$(grep -c "ended with" "$cds"/*.log)" -eq 3 ] || fail "not every command ran in the server: $(cat "$cds"/*.log)"

  [ "$("$jwp" server stop)" = "jwp server: stopped 1 command server(s) of this product" ] || fail "jwp server stop"
  for _ in $(seq 1 30); do pgrep -f "org.mea.jwp.cli.server.*$cds" > /dev/null || break; sleep 1; done
  ! pgrep -f "org.mea.jwp.cli.server.*$cds" > /dev/null || fail "the server still runs 30 s after jwp server stop"
)

step "an update site in a folder named with a comma and a space"
odd="$work/sites, old and new/example site"
mkdir -p "$(dirname "$odd")"
cp -r "$site" "$odd"
"$jwp" install --repository "$odd" --list > "$work/list.out" 2>&1 || fail "jwp install --list: $(cat "$work/list.out")"
grep -q "^$feature  .*  not installed  " "$work/list.out" || fail "the site's feature is not listed as not installed: $(cat "$work/list.out")"

step "--signed-only refuses the unsigned example; without it the director names what is unsigned"
if "$jwp" install --signed-only --repository "$odd" --iu $feature > "$work/signed-only.out" 2>&1; then
  fail "an unsigned plug-in was installed with --signed-only"
fi
grep -q "Unsigned content is rejected" "$work/signed-only.out" || fail "no reason given: $(cat "$work/signed-only.out")"
grep -q "^org.mea.jwp.examples.secretariat," "$work/jwp-workbench/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  && fail "the refused bundle is in bundles.info"
"$jwp" install --repository "$odd" --iu $feature > "$work/install.out" 2>&1 || fail "jwp install: $(cat "$work/install.out")"
grep -q "The following artifacts are unsigned" "$work/install.out" || fail "the unsigned artifacts were not named: $(cat "$work/install.out")"
grep -q "org.mea.jwp.examples.secretariat" "$work/install.out" || fail "the unsigned bundle was not named"

step "kill -9 while a report is written: the previous report stays whole; the next run clears what the killed one left"
report=$work/reports/sc65.pdf
mkdir -p "$work/reports"
"$jwp" report --default --design progress --format pdf --out "$report" > /dev/null
cp "$report" "$work/previous.pdf"
for delay in 1 2 3; do
  "$jwp" report --default --design status --format pdf --out "$report" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true  # the start script execs java: this is the JVM
  wait "$pid" 2>/dev/null || true
  if ! cmp -s "$report" "$work/previous.pdf"; then
    # the write had finished before the kill: then it is the whole new report
    head -c 5 "$report" | grep -q "%PDF-" && tail -c 1024 "$report" | grep -q "%%EOF" \
      || fail "after kill -9 at ${delay}s the report is neither the previous one nor a whole new one"
    cp "$report" "$work/previous.pdf"
  fi
done
echo "start-script: the killed runs left $(find "$work/reports" -name '.*.part' | wc -l) temporary file(s)"
"$jwp" report --default --design status --format pdf --out "$report" > /dev/null
leftovers=$(find "$work/reports" -name '.*.part' | wc -l)
[ "$leftovers" -eq 0 ] || fail "temporary files of killed runs are still there: $(ls -a "$work/reports")"

step "output to a full disk (/dev/full): exit 5, said, never exit 0"
if [ -w /dev/full ]; then
  status=0
  "$jwp" validate --default > /dev/full 2> "$work/full.txt" || status=$?
  [ "$status" -eq 5 ] || fail "jwp validate > /dev/full exited with $status, not 5: $(cat "$work/full.txt")"
  grep -q "^jwp validate: the output could not be written" "$work/full.txt" || fail "jwp validate > /dev/full did not say so: $(cat "$work/full.txt")"
  cat "$work/full.txt"
fi

echo
echo "start-script: OK"
