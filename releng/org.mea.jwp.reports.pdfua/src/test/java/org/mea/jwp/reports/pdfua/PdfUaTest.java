package org.mea.jwp.reports.pdfua;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every report design's PDF, written by the built Linux product, against PDF/UA-1 with veraPDF: each
 * design in English, the progress report also in French and Spanish. A PDF may fail only the rules
 * its line of {@code pdfua-baseline.properties} lists; a rule listed that now passes must be removed
 * from it ({@code -Djwp.pdfua.update=true} does that). The results, per PDF, go to the console and
 * to {@code target/pdfua-results.md} (docs/accessibility.md copies its tables).
 */
class PdfUaTest {

	/** Languages besides English that a design is rendered in. */
	private static final Map<String, List<String>> MORE_LANGUAGES = Map.of("progress", List.of("fr", "es"));

	/** One PDF rendered: design, language, and what veraPDF found. */
	private record Rendition(String design, String language, UaCheck.Result result) {

		String name() {
			return design + "-" + language;
		}
	}

	@Test
	void reportPdfsMeetTheirPdfUaBaseline() throws Exception {
		assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
				"the PDF/UA check renders with the Linux product: skipped on " + System.getProperty("os.name"));
		Path out = Files.createDirectories(Path.of(System.getProperty("jwp.pdfua.out", "target/pdfua")));
		Product product = new Product(Path.of(System.getProperty("jwp.product", "")), out);
		assumeTrue(product.exists(), "no product at " + product.script()
				+ ": build it first (./mvnw -o verify -pl releng/org.mea.jwp.product -am -DskipTests)");
		Path baselineFile = Path
				.of(System.getProperty("jwp.pdfua.baseline", "src/test/resources/pdfua-baseline.properties"));
		boolean update = Boolean.getBoolean("jwp.pdfua.update");

		List<Rendition> renditions = new ArrayList<>();
		List<Product.Design> designs = product.designs();
		assertTrue(designs.stream().anyMatch(design -> design.id().equals("progress")),
				"jwp report --list names no progress design: " + designs);
		for (Product.Design design : designs) {
			if (!design.writes("pdf")) {
				System.out.println("pdfua: " + design.id() + " writes no PDF: not checked");
				continue;
			}
			List<String> languages = new ArrayList<>(List.of("en"));
			languages.addAll(MORE_LANGUAGES.getOrDefault(design.id(), List.of()));
			for (String language : languages) {
				Map<String, String> params = new LinkedHashMap<>();
				if (design.takes("language")) {
					params.put("language", language);
				} else if (!language.equals("en")) {
					fail("the design " + design.id() + " takes no language parameter: " + design.parameters());
				}
				Path pdf = out.resolve(design.id() + "-" + language + ".pdf");
				long start = System.nanoTime();
				product.render(design.id(), params, pdf);
				long rendered = System.nanoTime();
				UaCheck.Result result = UaCheck.check(pdf);
				System.out.printf(Locale.ROOT,
						"pdfua: %s (%d KB, rendered in %.1f s, checked in %.1f s): compliant %s%s%n",
						pdf.getFileName(), Files.size(pdf) / 1024, (rendered - start) / 1e9,
						(System.nanoTime() - rendered) / 1e9, result.compliant() ? "yes" : "no",
						result.failed().isEmpty() ? "" : ", fails " + counts(result));
				renditions.add(new Rendition(design.id(), language, result));
			}
		}

		Baseline baseline = Baseline.read(baselineFile);
		List<String> problems = new ArrayList<>();
		Map<String, SortedSet<String>> updated = new LinkedHashMap<>();
		for (Rendition rendition : renditions) {
			String pdf = rendition.name() + ".pdf";
			UaCheck.Result result = rendition.result();
			SortedSet<String> allowed = baseline.allowed(rendition.name());
			if (allowed == null) {
				SortedSet<String> failed = new TreeSet<>(UaCheck.RULE_ORDER);
				failed.addAll(result.failed().keySet());
				updated.put(rendition.name(), failed);
				if (!update) {
					problems.add(pdf + " has no line in " + baselineFile.getFileName() + ": today it fails "
							+ (result.failed().isEmpty() ? "no rule" : String.join(", ", result.failed().keySet()))
							+ " (-Djwp.pdfua.update=true adds the line)");
				}
				continue;
			}
			SortedSet<String> kept = new TreeSet<>(UaCheck.RULE_ORDER);
			for (String rule : allowed) {
				if (result.failed().containsKey(rule)) {
					kept.add(rule);
				} else {
					System.out.println("pdfua: " + pdf + " passes " + rule + " now: fixed: remove it from the baseline"
							+ (update ? " (removed)" : ""));
					if (!update) {
						problems.add(pdf + " passes " + rule
								+ " now: fixed: remove it from the baseline (-Djwp.pdfua.update=true removes it)");
					}
				}
			}
			updated.put(rendition.name(), kept);
			result.failed().forEach((rule, count) -> {
				if (!allowed.contains(rule)) {
					problems.add(pdf + " fails PDF/UA-1 rule " + rule + " (" + count
							+ " failed checks), which its baseline line"
							+ " does not allow: a regression (fix it; a failure that must be accepted is added to the line by hand)."
							+ " veraPDF: " + result.descriptions().get(rule));
				}
			});
		}

		for (String name : baseline.names()) {
			if (renditions.stream().noneMatch(rendition -> rendition.name().equals(name)) && !update) {
				problems.add(baselineFile.getFileName() + " has a line for " + name
						+ ".pdf, which is no longer rendered: remove it (-Djwp.pdfua.update=true removes it)");
			}
		}

		String table = table(renditions);
		System.out.println();
		System.out.println(table);
		Path results = Path.of(System.getProperty("jwp.pdfua.results", "target/pdfua-results.md"));
		Files.writeString(results, markdown(renditions), StandardCharsets.UTF_8);
		System.out.println("pdfua: the results in Markdown: " + results);
		if (update) {
			Baseline.write(baselineFile, updated);
			System.out.println("pdfua: rewrote " + baselineFile);
		}
		if (!problems.isEmpty()) {
			fail(problems.size() + " PDF/UA-1 problem(s) against " + baselineFile + ":\n  "
					+ String.join("\n  ", problems));
		}
	}

	private static String counts(UaCheck.Result result) {
		List<String> counts = new ArrayList<>();
		result.failed().forEach((rule, count) -> counts.add(rule + " (" + count + ")"));
		return String.join(", ", counts);
	}

	/** The per-design summary for the console. */
	private static String table(List<Rendition> renditions) {
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s %-8s %-9s %s%n", "design", "language",
				"compliant", "failed rules (failed checks)"));
		for (Rendition rendition : renditions) {
			table.append(String.format(Locale.ROOT, "%-10s %-8s %-9s %s%n", rendition.design(), rendition.language(),
					rendition.result().compliant() ? "yes" : "no", counts(rendition.result())));
		}
		return table.toString();
	}

	/** The per-design summary and the rules failed, with veraPDF's descriptions, in Markdown. */
	private static String markdown(List<Rendition> renditions) {
		StringBuilder md = new StringBuilder();
		md.append("PDF/UA-1 (ISO 14289-1) as veraPDF ").append(System.getProperty("jwp.pdfua.verapdf", ""))
				.append(" checks it, of each design's PDF of the embedded programme (`jwp report --default`);")
				.append(" the number of failed checks in brackets.\n\n");
		md.append("| Design | Language | PDF/UA-1 compliant | Failed rules (failed checks) |\n");
		md.append("|---|---|---|---|\n");
		Map<String, String> descriptions = new TreeMap<>(UaCheck.RULE_ORDER);
		for (Rendition rendition : renditions) {
			md.append("| ").append(rendition.design()).append(" | ").append(rendition.language()).append(" | ")
					.append(rendition.result().compliant() ? "yes" : "no").append(" | ")
					.append(rendition.result().failed().isEmpty() ? "none" : counts(rendition.result())).append(" |\n");
			descriptions.putAll(rendition.result().descriptions());
		}
		if (!descriptions.isEmpty()) {
			md.append("\n| Rule | veraPDF's description |\n|---|---|\n");
			descriptions.forEach((rule, description) -> md.append("| ").append(rule).append(" | ")
					.append(description.replace("|", "\\|").replaceAll("\\s+", " ")).append(" |\n"));
		}
		return md.toString();
	}
}
