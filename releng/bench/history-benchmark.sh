#!/usr/bin/env bash
# History benchmark (issue 14: "History of one element over 500 commits <= 1 s"): HistoryBenchmark
# inside OSGi (tycho-surefire) builds a repository of 500 commits of the embedded programme and
# times ElementHistory for one element and for the whole programme; medians, written to
# bundles/org.mea.jwp.team.tests/target/bench/history.txt.
# Usage: releng/bench/history-benchmark.sh   (extra Maven options may follow, e.g. -o)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q verify -pl bundles/org.mea.jwp.team.tests -am -Djwp.bench=true -Dtest=HistoryBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false "$@"
cat bundles/org.mea.jwp.team.tests/target/bench/history.txt
