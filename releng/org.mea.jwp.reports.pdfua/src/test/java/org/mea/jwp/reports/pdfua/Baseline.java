package org.mea.jwp.reports.pdfua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The PDF/UA-1 rules each rendered PDF may fail today ({@code pdfua-baseline.properties}): one line per
 * PDF, {@code design-language = rule, rule, ...}, the rules as veraPDF names them (clause-test). The
 * list is meant to shrink: a rule fixed is removed, and a new failure is a regression.
 */
final class Baseline {

	private static final String HEADER = """
			# PDF/UA-1 rules (veraPDF's clause-test ids) each report PDF may fail today: one line per PDF
			# that releng/org.mea.jwp.reports.pdfua renders, design-language = rule, rule, ...
			# The test fails on a rule not listed here (a regression), on a PDF with no line, and on a
			# listed rule that now passes. ./mvnw -o verify -pl releng/org.mea.jwp.reports.pdfua
			# -Djwp.pdfua.update=true rewrites this file: it removes the rules that pass and adds lines
			# for new PDFs, but never adds a newly failing rule to an existing line (do that by hand,
			# if it must be accepted). What the rules mean: docs/accessibility.md.
			""";

	private final Map<String, SortedSet<String>> rules;

	private Baseline(Map<String, SortedSet<String>> rules) {
		this.rules = rules;
	}

	static Baseline read(Path file) throws IOException {
		Map<String, SortedSet<String>> rules = new LinkedHashMap<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String content = line.strip();
				if (content.isEmpty() || content.startsWith("#")) {
					continue;
				}
				int equals = content.indexOf('=');
				if (equals <= 0) {
					throw new IOException(file + ": not NAME = rule, rule, ...: " + line);
				}
				SortedSet<String> ids = new TreeSet<>(UaCheck.RULE_ORDER);
				Arrays.stream(content.substring(equals + 1).split(",")).map(String::strip).filter(id -> !id.isEmpty())
						.forEach(ids::add);
				rules.put(content.substring(0, equals).strip(), ids);
			}
		}
		return new Baseline(rules);
	}

	/** The rules {@code pdf} may fail; {@code null} when the baseline has no line for it. */
	SortedSet<String> allowed(String pdf) {
		return rules.get(pdf);
	}

	/** The PDFs the baseline has a line for. */
	SortedSet<String> names() {
		return new TreeSet<>(rules.keySet());
	}

	/** Writes {@code lines} (PDF name to the rules it fails), in their order, with the header. */
	static void write(Path file, Map<String, ? extends SortedSet<String>> lines) throws IOException {
		List<String> text = new ArrayList<>(HEADER.lines().toList());
		lines.forEach((pdf, ids) -> text.add(pdf + " = " + String.join(", ", ids)));
		Files.write(file, text, StandardCharsets.UTF_8);
	}
}
