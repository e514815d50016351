package org.mea.jwp.core.internal.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.testing.programmes.SyntheticListing;
import org.mea.jwp.model.Programme;

/**
 * Benchmark, not a test (skipped unless {@code -Djwp.bench=true}; run it with
 * {@code releng/bench/listing-benchmark.sh}): a Species+ CITES listings download of 40,000 taxa
 * imported into the embedded programme (read, matched, planned and executed as one command), and
 * the concordance of the result computed as the view and the report do. Medians of 5 runs after a
 * warm-up; written to {@code target/bench/species-listing.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class SpeciesListingBenchmark {

	private static final int TAXA = 40_000;
	private static final int RUNS = 5;

	@Test
	void importAndConcordanceOf40000Taxa() throws Exception {
		byte[] csv = SyntheticListing.citesListings(TAXA).getBytes(StandardCharsets.UTF_8);
		List<Long> imports = new ArrayList<>();
		List<Long> concordances = new ArrayList<>();
		for (int run = 0; run <= RUNS; run++) {
			Programme programme = Imports.defaultProgramme();
			long start = System.nanoTime();
			ImportPlan plan = new SpeciesPlusImporter().plan(programme, new ByteArrayInputStream(csv), "synthetic.csv");
			AdapterFactoryEditingDomain domain = Imports.domain();
			domain.getCommandStack().execute(plan.command(domain));
			long imported = System.nanoTime();
			int rows = SpeciesConcordance.of(programme, LocalDate.of(2014, 12, 31)).size();
			long computed = System.nanoTime();
			if (run > 0) { // the first run warms up
				imports.add((imported - start) / 1_000_000);
				concordances.add((computed - imported) / 1_000_000);
			}
			if (rows < TAXA) {
				throw new AssertionError("only " + rows + " rows: " + plan.summary());
			}
		}
		String result = String.format(Locale.ROOT,
				"import of %,d taxa (Species+ CITES listings): median %d ms %s%nconcordance of the result: median %d ms %s%n",
				TAXA,
				median(imports), imports, median(concordances), concordances);
		System.out.print(result);
		Path out = Path.of("target", "bench", "species-listing.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
