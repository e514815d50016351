package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;

/**
 * The progress report's HTML for the default programme is the committed golden file
 * ({@code golden/progress-cites-sc65.html} in this fragment), after normalising what changes from
 * run to run: BIRT's generated bookmark ids, the order of the style rules, trailing blanks; the
 * inline chart is replaced by a marker (what it shows is checked by ProgressReportRenderingTest). When a
 * change is intended, the actual output is in {@code target/golden/}: review it and copy it over
 * the golden file.
 */
class GoldenHtmlTest {

	private static final String GOLDEN = "/golden/progress-cites-sc65.html"; //$NON-NLS-1$

	@Test
	void progressReportHtmlMatchesTheGoldenFile() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		org.mea.jwp.model.Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		new ProgressReport(programme).committee(Committee.parse("CITES_SC", programme))
				.reportingDate(LocalDate.of(2014, 12, 31)).render(ReportFormat.HTML, out);
		String actual = normalise(out.toString(StandardCharsets.UTF_8));
		String expected;
		try (InputStream in = GoldenHtmlTest.class.getResourceAsStream(GOLDEN)) {
			expected = in == null ? "" : normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		if (!expected.equals(actual)) {
			Path written = Path.of("target", "golden", Path.of(GOLDEN).getFileName().toString());
			Files.createDirectories(written.getParent());
			Files.writeString(written, actual);
			assertEquals(expected, actual,
					"HTML differs from " + GOLDEN + "; actual output: " + written.toAbsolutePath());
		}
	}

	/** Removes what differs between runs of the same report. */
	static String normalise(String html) throws IOException {
		String text = html.replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		text = text.replaceAll("AUTOGENBOOKMARK_(\\d+)_[0-9a-f-]{36}", "AUTOGENBOOKMARK_$1"); //$NON-NLS-1$ //$NON-NLS-2$
		text = text.replaceAll("data:image/svg\\+xml;base64,[A-Za-z0-9+/=]+", "data:image/svg+xml;base64,<chart>"); //$NON-NLS-1$ //$NON-NLS-2$
		text = text.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?", "<timestamp>"); //$NON-NLS-1$ //$NON-NLS-2$
		Matcher style = Pattern.compile("(?s)(<style[^>]*>)(.*?)(</style>)").matcher(text); //$NON-NLS-1$
		StringBuilder result = new StringBuilder();
		while (style.find()) {
			List<String> rules = new ArrayList<>(Arrays.asList(style.group(2).split("\n"))); //$NON-NLS-1$
			rules.replaceAll(String::strip);
			rules.removeIf(String::isEmpty);
			rules.sort(null);
			style.appendReplacement(result,
					Matcher.quoteReplacement(style.group(1) + "\n" + String.join("\n", rules) + "\n" + style.group(3))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		style.appendTail(result);
		return Arrays.stream(result.toString().split("\n")).map(String::stripTrailing).reduce((a, b) -> a + "\n" + b) //$NON-NLS-1$//$NON-NLS-2$
				.orElse(""); //$NON-NLS-1$
	}
}
