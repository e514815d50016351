package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/**
 * Each design's HTML as a screen reader reads it: the document's language on {@code <html>}, one
 * {@code <h1>} (the title) and headings that never skip a level, every column header a
 * {@code <th scope="col">}, every chart a picture with alternative text in the report's language.
 */
class AccessibleHtmlTest {

	private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>][^>]*>(.*?)</h\\1>", Pattern.DOTALL); //$NON-NLS-1$

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "progress, en, 1", "progress, fr, 1", "progress, es, 1", "final, en, 0", "status, en, 2",
			"status, fr, 2", "species, en, 0", "calendar, es, 0" })
	void languageHeadingsColumnHeadersAndChartsAreSaid(String design, String language, int charts) throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		Map<String, String> arguments = new HashMap<>();
		arguments.put("language", language); //$NON-NLS-1$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportDesigns.get().require(design).render(programme, arguments, ReportFormat.HTML, out);
		String html = out.toString(StandardCharsets.UTF_8);
		Path kept = Path.of("target", "html", design + "-" + language + ".html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.createDirectories(kept.getParent());
		Files.writeString(kept, html);

		assertTrue(html.contains("<html lang=\"" + language + "\""), "the document says its language"); //$NON-NLS-1$ //$NON-NLS-2$

		List<Integer> levels = new ArrayList<>();
		Matcher heading = HEADING.matcher(html);
		while (heading.find()) {
			levels.add(Integer.valueOf(heading.group(1)));
			assertTrue(!heading.group(2).replaceAll("<[^>]*>", "").isBlank(), "a heading has text: " + heading.group()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertEquals(1, levels.stream().filter(level -> level == 1).count(), "one h1: " + levels); //$NON-NLS-1$
		assertEquals(1, levels.get(0), "the first heading is the h1: " + levels); //$NON-NLS-1$
		for (int i = 1; i < levels.size(); i++) {
			assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "no level skipped: " + levels); //$NON-NLS-1$
		}

		Matcher th = Pattern.compile("<th[\\s>][^>]*>").matcher(html); //$NON-NLS-1$
		int headers = 0;
		while (th.find()) {
			headers++;
			assertTrue(th.group().contains(" scope=\"col\""), "a column header says it is one: " + th.group()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertTrue(headers > 0, "the tables have column headers"); //$NON-NLS-1$

		assertTrue(!html.contains("<embed"), "no chart as an embedded object, which has no alternative text"); //$NON-NLS-1$
		Matcher image = Pattern.compile("<img[\\s][^>]*>").matcher(html); //$NON-NLS-1$
		int pictures = 0;
		while (image.find()) {
			pictures++;
			Matcher alt = Pattern.compile(" alt=\"([^\"]+)\"").matcher(image.group()); //$NON-NLS-1$
			assertTrue(alt.find() && !alt.group(1).isBlank(), "a picture has alternative text: " //$NON-NLS-1$
					+ image.group().replaceAll("base64,[^\"]*", "base64,…")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertEquals(charts, pictures, "the charts, each a picture"); //$NON-NLS-1$
	}
}
