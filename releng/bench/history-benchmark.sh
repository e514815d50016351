#!/usr/bin/env bash
# History benchmark (issue 14: "History of one element over 500 commits <= 1 s"): HistoryBenchmark
# inside OSGi (tycho-surefire) builds a repository of 500 commits of the embedded programme and
# times ElementHistory for one element and for the whole programme; ChangeMarksBenchmark times the
# workbench's change marks on a 10,015-activity programme. Medians, written to
# bundles/org.mea.jwp.team.tests/target/bench/history.txt and change-marks.txt.
# Usage: releng/bench/history-benchmark.sh   (extra Maven options may follow, e.g. -o)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q verify -pl bundles/org.mea.jwp.team.tests -am -Djwp.bench=true -Dtest='HistoryBenchmark,ChangeMarksBenchmark' \
  -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false "$@"
cat bundles/org.mea.jwp.team.tests/target/bench/history.txt bundles/org.mea.jwp.team.tests/target/bench/change-marks.txt
