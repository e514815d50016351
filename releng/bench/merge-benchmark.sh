#!/bin/sh
# Three-way merge benchmark: two 10,015-activity programmes with 1,000 edits on each side (JMH,
# median of 10 single-shot runs after 5 warm-up runs). Target: <= 2 s on the 2-core build machines.
# Extra arguments go to JMH.
set -eu
exec "$(dirname "$0")/model-benchmarks.sh" MergeBenchmark "$@"
