#!/usr/bin/env bash
# Species listings at full scale: a synthetic Species+ CITES listings download of 40,000 taxa
# (SyntheticListing) imported into the embedded programme and its concordance computed
# (SpeciesListingBenchmark), the Species Concordance view opened and filtered on it in the
# workbench under Xvfb (ConcordanceBenchmark), and the species report rendered as PDF
# (SpeciesReportBenchmark). Medians are printed and written under each test bundle's target/bench/.
# Usage: releng/bench/listing-benchmark.sh   (from anywhere; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/../.."
xvfb-run -a ./mvnw -B -q verify -Djwp.bench=true \
  -Dtest='SpeciesListingBenchmark,ConcordanceBenchmark,SpeciesReportBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -DfailIfNoTests=false -Dtycho.surefire.failIfNoTests=false "$@"
cat bundles/org.mea.jwp.core.tests/target/bench/species-listing.txt \
  bundles/org.mea.jwp.ui.tests/target/bench/concordance-40k.txt \
  bundles/org.mea.jwp.reports.tests/target/bench/species-report.txt
