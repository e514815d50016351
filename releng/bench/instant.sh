#!/usr/bin/env bash
# The start-up benchmarks of issue 20, side by side: a previous product and this one, each command
# timed by hyperfine in the same run, with the ratio this/previous. Measures:
#  1. the very first `jwp report --default --design progress --format pdf` after unpacking (a fresh
#     copy of the product and an empty state folder before each run);
#  2. a later cold run of the same command (after three runs that leave the caches made);
#  3. the workbench: start script to the window titled with the embedded programme, first start
#     (fresh product and home) and later start (same product and home);
#  4. `jwp report --model big.jwp --design progress --format pdf` on 10,015 activities;
#  5. the later report (2) and the large one (4) again, this product's command server running (the
#     previous product, which has none, runs them cold as in 2 and 4).
# 2 and 4 run every command in a JVM of its own (JWP_SERVER=off, which a product without a command
# server ignores).
#
#   releng/bench/instant.sh --previous PRODUCT [--current PRODUCT] [--runs N] [--only 1,2,3,4,5] [--jdk JAVA_HOME]
#
# PRODUCT: a product archive (.tar.gz) or an unpacked product folder; --current defaults to the
# last build's Linux archive; --jdk, the JDK both products run on (default: the one the build
# uses). Needs hyperfine, Xvfb and xdotool (Debian packages of those names);
# writes the synthetic programme with the JMH module (releng/org.mea.jwp.bench), built if needed.
# The results go to stdout and, as Markdown tables, to target/bench/instant/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
previous= current="$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz"
runs=5 only=1,2,3,4,5 jdk=
usage() { echo "usage: $0 --previous PRODUCT [--current PRODUCT] [--runs N] [--only 1,2,3,4,5] [--jdk JAVA_HOME]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --previous) previous=${2-}; shift ;;
    --current) current=${2-}; shift ;;
    --runs) runs=${2-}; shift ;;
    --only) only=${2-}; shift ;;
    --jdk) jdk=${2-}; shift ;;
    *) usage ;;
  esac
  shift
done
[ -n "$previous" ] || usage
case "$runs" in ''|*[!0-9]*|0) echo "--runs takes a number of runs, not \"$runs\"" >&2; exit 2 ;; esac
for tool in hyperfine Xvfb xdotool; do
  command -v $tool >/dev/null || { echo "$tool is missing (Debian: apt-get install $tool)" >&2; exit 2; }
done
. "$root/.mvn/jdk.sh"
jwp_find_jdk || exit 1   # the JDK of the JMH module, which writes the synthetic programme
build_jdk=$JAVA_HOME
if [ -n "$jdk" ]; then
  [ -x "$jdk/bin/java" ] || { echo "--jdk $jdk: no bin/java there" >&2; exit 2; }
  JAVA_HOME=$jdk
fi
export JAVA_HOME   # the products' start scripts take it
echo "products run on: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"

results="$root/target/bench/instant"
work=$(mktemp -d /tmp/jwp-instant.XXXXXX)
mkdir -p "$results"
cleanup() {
  pkill -f "$work/.*/product/plugins/" 2>/dev/null || true
  [ -z "${xvfb-}" ] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# each product unpacked once as it came ("pristine"); a run works on a copy of it
unpack() { # NAME PRODUCT
  local into="$work/$1/pristine"
  mkdir -p "$into"
  if [ -d "$2" ]; then cp -a "$2/." "$into/"
  elif [ -f "$2" ]; then tar xzf "$2" -C "$into" && { [ ! -d "$into/jwp-workbench" ] || { mv "$into/jwp-workbench"/* "$into/" && rmdir "$into/jwp-workbench"; }; }
  else echo "no product at $2" >&2; exit 2; fi
  [ -x "$into/jwp" ] || { echo "$2 is not a JWP Workbench product (no jwp script)" >&2; exit 2; }
}
unpack previous "$previous"
unpack current "$current"

# a fresh product and state, as just unpacked: the prepare step of the first-run measurements
cat >"$work/fresh.sh" <<'EOF'
#!/bin/sh
# fresh.sh DIR: DIR/product becomes a copy of DIR/pristine; DIR/state and DIR/home are emptied.
# What the last run left running is ended first: a start script waiting to train a cache after its
# command, the training itself, a command server.
set -e
pkill -f "^/bin/sh $1/product/jwp" || true
pkill -f "$1/product/plugins/" || true
while pgrep -f "$1/product/plugins/" >/dev/null; do sleep 0.1; done
rm -rf "$1/product" "$1/state" "$1/home"
cp -a "$1/pristine" "$1/product"
mkdir -p "$1/state" "$1/home"
EOF
# waits until no process of the product runs but a command server (a cache being made in the
# background, a start script waiting to make one or to start a server, a server warming up)
cat >"$work/settle.sh" <<'EOF'
#!/bin/sh
busy() {
  pgrep -af "$1/product/plugins/" | grep -v -e "-application org.mea.jwp.cli.server" | grep -q . \
    || pgrep -f "^/bin/sh $1/product/jwp" >/dev/null
}
while busy "$1"; do sleep 0.2; done
log=$(ls "$1"/state/cds/*.log 2>/dev/null | head -n 1)
if [ -n "$log" ]; then
  i=0; while ! grep -q "warmed up" "$log" && [ $i -lt 300 ]; do sleep 0.2; i=$((i + 1)); done
fi
EOF
# window.sh DIR: starts the workbench of DIR/product with DIR/home and waits for the window that
# names the embedded programme; then ends it (SIGTERM) and waits for it to be gone
cat >"$work/window.sh" <<'EOF'
#!/bin/sh
HOME="$1/home" "$1/product/jwp" >"$1/window.log" 2>&1 &
app=$!
i=0
until xdotool search --name "Joint Work Programme" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the workbench ended without a window:" >&2; cat "$1/window.log" >&2; exit 1; }
  i=$((i + 1)); [ $i -lt 1500 ] || { echo "no window after 60 s" >&2; kill $app; exit 1; }
  sleep 0.02
done
kill $app; wait $app 2>/dev/null || true
EOF
chmod +x "$work"/*.sh
report="report --default --design progress --format pdf"

median() { # hyperfine JSON -> the median of each command in seconds, or "failed" when a run failed
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]
print(" ".join("failed" if any(c != 0 for c in x["exit_codes"]) else "%.3f" % x["median"] for x in r))' "$1"
}
summary="$results/summary.md"
printf '| measurement | previous | this | ratio | target |\n|---|---|---|---|---|\n' >"$summary"
compare() { # NAME TARGET HYPERFINE-ARGS... (two commands: previous, then this product)
  local name=$1 target=$2; shift 2
  # a product whose command fails (the previous one on an older JDK, say) is reported, not timed
  hyperfine --style basic --ignore-failure --export-json "$results/$name.json" --export-markdown "$results/$name.md" "$@" >&2
  read -r a b <<<"$(median "$results/$name.json")"
  local ratio=-
  case "$a$b" in *failed*) ;; *) ratio=$(python3 -c "print('%.2f' % ($b / $a))") ;; esac
  case "$a" in failed) ;; *) a="$a s" ;; esac
  case "$b" in failed) ;; *) b="$b s" ;; esac
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$a" "$b" "$ratio" "$target" | tee -a "$summary"
}
# each product fresh, then three reports that make what it caches, each left to settle
cache_made() {
  for p in previous current; do
    "$work/fresh.sh" "$work/$p"
    for _ in 1 2 3; do
      JWP_SERVER=$server JWP_STATE_DIR=$work/$p/state "$work/$p/product/jwp" $report --out "$work/$p/out.pdf" >/dev/null 2>&1 || true
      "$work/settle.sh" "$work/$p"
    done
  done
}
# reports NAME TARGET PREPARE 'ARGS' [HYPERFINE-OPTIONS...]: compare of `jwp ARGS` in each product,
# PREPARE (fresh.sh or settle.sh) before each run, {dir} in ARGS standing for the product's folder;
# with JWP_SERVER=$server
reports() {
  local name=$1 target=$2 prepare=$3 args=$4; shift 4
  compare "$name" "$target" "$@" \
    --prepare "$work/$prepare $work/previous" -n previous \
    "JWP_SERVER=$server JWP_STATE_DIR=$work/previous/state $work/previous/product/jwp ${args//"{dir}"/$work/previous}" \
    --prepare "$work/$prepare $work/current" -n this \
    "JWP_SERVER=$server JWP_STATE_DIR=$work/current/state $work/current/product/jwp ${args//"{dir}"/$work/current}"
}
wants() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
for p in previous current; do "$work/fresh.sh" "$work/$p"; done
server=off

if wants 1; then
  server=on  # as a user finds it: the server starts after the command
  reports first-report "<= 5 s" fresh.sh "$report --out {dir}/out.pdf" --runs "$runs"
fi
if wants 2; then
  server=off
  cache_made
  reports later-report "<= 2.0 s" settle.sh "$report --out {dir}/out.pdf" --runs "$runs" --warmup 1
fi
if wants 3; then
  Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:77
  for _ in $(seq 1 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
  compare first-window "<= 2.0 s" --runs "$runs" \
    --prepare "$work/fresh.sh $work/previous" -n previous "$work/window.sh $work/previous" \
    --prepare "$work/fresh.sh $work/current" -n this "$work/window.sh $work/current"
  for p in previous current; do "$work/fresh.sh" "$work/$p"; "$work/window.sh" "$work/$p" || true; "$work/settle.sh" "$work/$p"; done
  compare later-window "<= 2.0 s" --runs "$runs" --warmup 1 \
    --prepare "$work/settle.sh $work/previous" -n previous "$work/window.sh $work/previous" \
    --prepare "$work/settle.sh $work/current" -n this "$work/window.sh $work/current"
  kill $xvfb; xvfb=
fi
big="$root/target/bench/big.jwp"
if wants 4 || wants 5; then
  if [ ! -f "$big" ]; then
    bench="$root/releng/org.mea.jwp.bench"
    [ -f "$bench/target/classpath.txt" ] || (cd "$root" && JAVA_HOME=$build_jdk ./mvnw -B -q -f releng/org.mea.jwp.bench package)
    # the embedded programme's committees, meetings and cycles, which the report needs
    "$build_jdk/bin/java" -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" \
      org.mea.jwp.bench.WriteSyntheticProgramme 51100 "$big" "$root/bundles/org.mea.jwp.core/programmes/cms-cites-jwp-2012-2014.jwp" >/dev/null 2>&1 \
      || { echo "the synthetic programme could not be written" >&2; exit 1; }
  fi
fi
large="report --model $big --design progress --format pdf --out {dir}/big.pdf"
if wants 4; then
  server=off
  cache_made
  reports big-report "<= 8 s" settle.sh "$large" --runs "$(( runs < 3 ? runs : 3 ))" --warmup 1
fi
if wants 5; then
  server=on
  cache_made
  reports later-report-server "<= 2.0 s" settle.sh "$report --out {dir}/out.pdf" --runs "$runs" --warmup 1
  reports big-report-server "<= 8 s" settle.sh "$large" --runs "$(( runs < 3 ? runs : 3 ))" --warmup 1
  server=off
fi
echo
cat "$summary"
echo "(medians in seconds; hyperfine's tables and JSON in $results)"
