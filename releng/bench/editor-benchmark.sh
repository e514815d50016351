#!/usr/bin/env bash
# Editor benchmark: opens a synthetic programme of 10,000 activities in the workbench (under
# Xvfb) and times opening it and an edit + undo until the UI is idle; medians are printed and
# written to bundles/org.mea.jwp.ui.tests/target/bench/editor-10k.txt.
# Usage: releng/bench/editor-benchmark.sh   (from anywhere; builds what it needs, ~5 min)
set -euo pipefail
cd "$(dirname "$0")/../.."
xvfb-run -a ./mvnw -B -q verify -Djwp.bench=true -Dtest=EditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DfailIfNoTests=false -Dtycho.surefire.failIfNoTests=false
cat bundles/org.mea.jwp.ui.tests/target/bench/editor-10k.txt
