#!/usr/bin/env bash
# Report benchmarks.
#  1. cold: `./jwp report --default --design progress --format pdf` as a whole process (JVM start,
#     OSGi, BIRT engine, render), median of 5 with hyperfine (needs the built product);
#  2. warm in-process render time and the 10,000-activity programme: ReportBenchmark inside OSGi
#     (tycho-surefire), written to bundles/org.mea.jwp.reports.tests/target/bench/reports.txt;
#  3. the 10,000-activity report in PDF, DOCX, ODT and XLSX, and the XLSX finishing alone:
#     OfficeFormatsBenchmark, written to .../target/bench/office.txt.
# Usage: releng/bench/report-benchmark.sh [--cold-only|--warm-only]
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1-all}
if [ "$mode" != --warm-only ]; then
  command -v hyperfine >/dev/null || { echo "needs hyperfine (Debian: apt-get install hyperfine)" >&2; exit 2; }
  out=$(mktemp -d)
  hyperfine --warmup 1 --runs 5 --export-markdown "$out/cold.md" \
    "./jwp report --default --design progress --format pdf --out $out/progress.pdf"
  cat "$out/cold.md"
fi
if [ "$mode" != --cold-only ]; then
  ./mvnw -B -q verify -Djwp.bench=true -Dtest="ReportBenchmark,OfficeFormatsBenchmark" -Dsurefire.failIfNoSpecifiedTests=false \
    -DfailIfNoTests=false -DskipTests=false
  cat bundles/org.mea.jwp.reports.tests/target/bench/reports.txt bundles/org.mea.jwp.reports.tests/target/bench/office.txt
fi
