#!/usr/bin/env bash
# Measures the time from running a product's start script to the moment the JWP Workbench window
# exists on the X display, over several runs, and prints each run and the median. Each run starts
# its own Xvfb and a fresh user home (first start: new workspace). Optionally saves a screenshot
# of the last run once the window has settled.
#
#   releng/bench/time-to-window.sh [--runs N] [--archive FILE.tar.gz] [--screenshot FILE.png]
#
# Default product: the Linux archive of the last build. Needs Xvfb and xwininfo (x11-utils);
# --screenshot needs ImageMagick's import.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=5
archive="$root/releng/org.mea.jwp.product/target/products/jwp-workbench-linux.gtk.x86_64.tar.gz"
screenshot=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift ;;
    --archive) archive=$2; shift ;;
    --screenshot) screenshot=$2; shift ;;
    *) echo "usage: $0 [--runs N] [--archive FILE.tar.gz] [--screenshot FILE.png]" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$archive" ] || { echo "no product archive at $archive: build first (./jwp build)" >&2; exit 1; }
for tool in Xvfb xwininfo; do command -v $tool >/dev/null || { echo "$tool is missing (apt-get install xvfb x11-utils)" >&2; exit 1; }; done

work=$(mktemp -d)
cleanup() { [ -z "${app-}" ] || kill "$app" 2>/dev/null || true; [ -z "${xvfb-}" ] || kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
tar xzf "$archive" -C "$work"
start_script="$work/jwp-workbench/jwp"

times=()
for i in $(seq 1 "$runs"); do
  display=:$((90 + i))
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 1 50); do DISPLAY=$display xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
  rm -rf "$work/home"; mkdir -p "$work/home"
  t0=$(date +%s%N)
  DISPLAY=$display HOME="$work/home" "$start_script" >"$work/run$i.log" 2>&1 & app=$!
  shown=
  for _ in $(seq 1 1200); do   # up to 60 s
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"JWP Workbench"'; then shown=$(date +%s%N); break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$shown" ] || { echo "run $i: no window; log:" >&2; cat "$work/run$i.log" >&2; exit 1; }
  ms=$(( (shown - t0) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
  if [ "$i" -eq "$runs" ] && [ -n "$screenshot" ]; then
    sleep 6
    # the workbench window only (its geometry from the window tree), not the empty screen around it
    geometry=$(DISPLAY=$display xwininfo -root -tree | grep '"JWP Workbench' | head -1 | grep -o '[0-9]*x[0-9]*+[0-9]*+[0-9]*' | head -1)
    DISPLAY=$display import -window root ${geometry:+-crop "$geometry"} "$screenshot"; echo "screenshot: $screenshot"
  fi
  kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=
  kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; xvfb=
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "median of $runs runs: ${median} ms (start script to first window)"
