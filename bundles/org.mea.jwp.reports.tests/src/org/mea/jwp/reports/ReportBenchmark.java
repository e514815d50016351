package org.mea.jwp.reports;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/**
 * Benchmark, not a test (asserts nothing; skipped unless {@code -Djwp.bench=true}; run it with
 * {@code releng/bench/report-benchmark.sh}): warm in-process render time of the progress report
 * (PDF) for the default programme, and the render time for a synthetic programme of 10,000
 * activities. Medians; printed and written to {@code target/bench/reports.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class ReportBenchmark {

	@Test
	void progressReportRenderTimes() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		List<Double> warm = new ArrayList<>();
		for (int run = 0; run < 15; run++) {
			long start = System.nanoTime();
			new ProgressReport(programme).render(ReportFormat.PDF, new ByteArrayOutputStream());
			if (run >= 5) { // the first renders load classes and warm the JIT
				warm.add((System.nanoTime() - start) / 1e6);
			}
		}
		Programme large = SyntheticProgramme.create(51_100); // just over 10,000 activities
		List<Double> big = new ArrayList<>();
		int pages = 0;
		for (int run = 0; run < 3; run++) {
			long start = System.nanoTime();
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			new ProgressReport(large).render(ReportFormat.PDF, pdf);
			big.add((System.nanoTime() - start) / 1e6);
			org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf.toByteArray());
			pages = reader.getNumberOfPages();
			reader.close();
		}
		String report = String.format(Locale.ROOT,
				"progress report, default programme, PDF, warm in-process: median %.0f ms of %d runs %s%n"
						+ "progress report, %d activities, PDF (%d pages): median %.0f ms of %d runs %s%n",
				median(warm), warm.size(), warm, large.activities().size(), pages, median(big), big.size(), big);
		System.out.print(report);
		Path out = Path.of("target", "bench", "reports.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** The median of {@code values} (shared with the other benchmarks of this fragment). */
	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
