package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.testing.programmes.SyntheticListing;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/**
 * Benchmark, not a test (skipped unless {@code -Djwp.bench=true}; run it with
 * {@code releng/bench/listing-benchmark.sh}): the species concordance report (PDF) of the embedded
 * programme with a Species+ download of 40,000 taxa imported. Median of 3 runs after a warm-up;
 * written to {@code target/bench/species-report.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class SpeciesReportBenchmark {

	private static final int TAXA = 40_000;

	@Test
	void speciesReportOf40000Taxa() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		DataFormats formats = DataFormats.get();
		ImportPlan plan = formats.plan(formats.importer("org.mea.jwp.core.speciesplus.csv").orElseThrow(), programme,
				new ByteArrayInputStream(SyntheticListing.citesListings(TAXA).getBytes(StandardCharsets.UTF_8)),
				"synthetic.csv");
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create();
		domain.getCommandStack().execute(plan.command(domain));
		List<Double> times = new ArrayList<>();
		int pages = 0;
		for (int run = 0; run <= 3; run++) {
			long start = System.nanoTime();
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			new ListingReport(programme, ListingReport.Kind.SPECIES).render(ReportFormat.PDF, pdf);
			if (run > 0) {
				times.add((System.nanoTime() - start) / 1e6);
			}
			org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf.toByteArray());
			pages = reader.getNumberOfPages();
			reader.close();
		}
		String result = String.format(Locale.ROOT,
				"species report, %,d taxa, PDF (%d pages): median %.0f ms of %d runs %s%n",
				TAXA, pages, ReportBenchmark.median(times), times.size(), times);
		System.out.print(result);
		Path out = Path.of("target", "bench", "species-report.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
	}
}
