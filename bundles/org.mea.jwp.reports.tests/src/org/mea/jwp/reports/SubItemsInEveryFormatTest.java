package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.SubItem;

/**
 * The progress report's Annex says what the programme says: B1, C2, D2 and D4 end on "by:", "such
 * as:", "and CITES:", "the following:", and their sub-items follow, each on a line of its own
 * (bulleted as in SC62 Doc. 14.3; D4's dated calendar as listed), in every format. Each format's
 * text is read as a reader's program would: PDF text, HTML without tags, DOCX and ODT paragraphs
 * and line breaks, XLSX cells.
 */
class SubItemsInEveryFormatTest {

	private static final List<String> LISTING = List.of("B1", "C2", "D2", "D4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@ParameterizedTest
	@EnumSource(value = ReportFormat.class, names = { "PDF", "HTML", "DOCX", "ODT", "XLSX" })
	void theAnnexListsTheSubItemsUnderTheirActivity(ReportFormat format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ProgressReport(programme).committee(Committee.parse("body-cites-sc", programme)).render(format, out);
		// a word broken at its hyphen at a line's end is one word again
		String lines = lines(format, out.toByteArray()).replace("-\n", "-"); //$NON-NLS-1$ //$NON-NLS-2$
		String flat = lines.replace('\n', ' ');
		List<String> missing = new ArrayList<>();
		int items = 0;
		for (String code : LISTING) {
			Activity activity = programme.findActivity(code);
			int inFlat = flat.indexOf(words(activity.getText()));
			assertTrue(inFlat >= 0, code + "'s text is not in the " + format + ": " + activity.getText()); //$NON-NLS-1$ //$NON-NLS-2$
			int inLines = lines.indexOf(words(activity.getText()).split(" ")[0]); //$NON-NLS-1$
			for (SubItem item : activity.getSubItems()) {
				items++;
				// a line starts with its mark and first words, after its activity's text (a PDF's page
				// break may come inside an item: the start and the end are looked for apart)
				List<String> line = List
						.of(((code.equals("D4") ? "" : ActivityText.BULLET) + words(item.getText())).split(" ")); //$NON-NLS-1$ //$NON-NLS-2$
				int start = lines.indexOf("\n" + String.join(" ", line.subList(0, 3)), inLines); //$NON-NLS-1$ //$NON-NLS-2$
				int end = flat.indexOf(String.join(" ", line.subList(line.size() - 3, line.size())), inFlat); //$NON-NLS-1$
				if (start < 0 || end < 0) {
					missing.add(code + ": " + String.join(" ", line)); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					inLines = start + 1;
					inFlat = end;
				}
			}
		}
		assertEquals(4 + 6 + 4 + 12, items, "sub-items of B1, C2, D2 and D4 in the programme"); //$NON-NLS-1$
		assertEquals(List.of(), missing, "sub-items not on a line of their own after their activity in the " + format); //$NON-NLS-1$
	}

	/** The text of the rendered file, a line per line the reader sees (words of a line single-spaced). */
	private static String lines(ReportFormat format, byte[] file) throws Exception {
		String text = switch (format) {
		case PDF -> ListingReportTest.pdfText(file);
		case HTML -> xmlText(new String(file, StandardCharsets.UTF_8).replaceAll("(?i)<br\\s*/?>|</div>|</td>", "\n")); //$NON-NLS-1$ //$NON-NLS-2$
		case DOCX -> xmlText(part(file, "word/document.xml").replace("<w:br/>", "\n").replace("</w:p>", "\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		case ODT -> xmlText(part(file, "content.xml").replace("<![CDATA[", "").replace("]]>", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.replaceAll("<text:line-break\\s*/>", "\n").replace("</text:p>", "\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case XLSX -> xmlText(part(file, "xl/sharedStrings.xml").replace("</si>", "\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> throw new IllegalArgumentException(format.toString());
		};
		StringBuilder lines = new StringBuilder();
		for (String line : text.split("\n")) { //$NON-NLS-1$
			lines.append('\n').append(words(line));
		}
		return lines.toString();
	}

	/** Text without tags, entities resolved. */
	private static String xmlText(String xml) {
		return xml.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.replace("&#39;", "'").replace("&apos;", "'").replace("&#8226;", "\u2022").replace("&bull;", "\u2022") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.replace("&#10;", "\n").replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String part(byte[] zip, String name) throws Exception {
		Map<String, byte[]> parts = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		assertTrue(parts.containsKey(name), name + " not in " + parts.keySet()); //$NON-NLS-1$
		return new String(parts.get(name), StandardCharsets.UTF_8);
	}

	/** {@code text}'s words, single-spaced (a non-breaking space is a space). */
	private static String words(String text) {
		return text.replace('\u00a0', ' ').strip().replaceAll("[ \\t\\r]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
