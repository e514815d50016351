package org.mea.jwp.reports;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.model.Programme;

/**
 * Benchmark, not a test (asserts nothing; skipped unless {@code -Djwp.bench=true}; run it with
 * {@code releng/bench/report-benchmark.sh --warm-only}): the 10,000-activity progress report
 * rendered to each format, BIRT's writer and our finishing together (DocxRepair with
 * DocxNumbering, OdtRepair with OdtNumbering, XlsxLayout), and XlsxLayout alone on the workbook
 * (it redoes all of its measuring on a finished one). Medians; printed and written to
 * {@code target/bench/office.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class OfficeFormatsBenchmark {

	private static final int RUNS = 3;

	@Test
	void largeProgressReportInEachFormat() throws Exception {
		Programme large = SyntheticProgramme.create(51_100); // just over 10,000 activities
		new ProgressReport(large).render(ReportFormat.PDF, new ByteArrayOutputStream()); // warm up
		StringBuilder report = new StringBuilder();
		byte[] xlsx = null;
		for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT, ReportFormat.XLSX)) {
			List<Double> times = new ArrayList<>();
			for (int run = 0; run < RUNS; run++) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				long start = System.nanoTime();
				new ProgressReport(large).render(format, out);
				times.add((System.nanoTime() - start) / 1e6);
				if (format == ReportFormat.XLSX) {
					xlsx = out.toByteArray();
				}
			}
			report.append(
					String.format(Locale.ROOT, "progress report, %d activities, %s: median %.0f ms of %d runs %s%n",
							large.activities().size(), format.extension(), ReportBenchmark.median(times), RUNS, times));
		}
		List<Double> layout = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			XlsxLayout.copyCompleted(xlsx, new ByteArrayOutputStream());
			layout.add((System.nanoTime() - start) / 1e6);
		}
		report.append(String.format(Locale.ROOT,
				"of which XlsxLayout (read, lay out, write the workbook): median %.0f ms %s%n",
				ReportBenchmark.median(layout), layout));
		System.out.print(report);
		Path out = Path.of("target", "bench", "office.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}
}
