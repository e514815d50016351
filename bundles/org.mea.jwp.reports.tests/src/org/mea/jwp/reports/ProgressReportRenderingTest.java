package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;

import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/**
 * The progress report rendered inside OSGi with the default programme, in every format, checked
 * on its content: the symbol line, the Convention, the meeting line, the numbered paragraphs, all
 * 31 activity codes in the Annex and the running footer; fonts embedded in the PDF.
 */
class ProgressReportRenderingTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private byte[] render(ProgressReport report, ReportFormat format) throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		report.render(format, out);
		return out.toByteArray();
	}

	private static List<String> pdfPages(byte[] pdf) throws IOException {
		return PdfText.pages(pdf);
	}

	@Test
	void pdfLooksLikeAStandingCommitteeDocument() throws Exception {
		byte[] pdf = render(new ProgressReport(programme).committee(Committee.parse("body-cites-sc", programme)),
				ReportFormat.PDF);
		List<String> pages = pdfPages(pdf);
		String first = pages.get(0);
		assertTrue(first.contains("Original language: English"), first);
		assertTrue(first.contains("SC65 Doc. 14.3"), first);
		assertTrue(first.contains("CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES"), first);
		assertTrue(first.contains("Sixty-fifth meeting of the Standing Committee"), first);
		assertTrue(first.contains("CMS-CITES JOINT WORK PROGRAMME 2012-2014: PROGRESS REPORT"), first);
		assertTrue(first.contains("This document has been prepared by the CITES Secretariat."), first);
		// OpenPDF's extractor does not turn the gap before the page number into a space (pdftotext does)
		assertTrue(Pattern.compile("SC65 Doc\\. 14\\.3 \u2013 p\\. ?1\\b").matcher(first).find(),
				"running footer on page 1: " + first);
		assertTrue(Pattern.compile("\u2013 p\\. ?" + pages.size() + "\\b").matcher(pages.get(pages.size() - 1)).find(),
				"footer counts the pages");

		String annex = String.join("\n", pages.subList(1, pages.size()));
		assertTrue(annex.contains("Annex"), annex);
		List<String> missing = new ArrayList<>();
		for (Activity activity : programme.activities()) {
			if (!Pattern.compile("(?m)^\\s*" + activity.getCode() + "\\b").matcher(annex).find()) {
				missing.add(activity.getCode());
			}
		}
		assertEquals(List.of(), missing, "activity codes missing from the Annex");
		// in the order of the document (A1 … D4), not sorted by group name
		int previous = -1;
		for (Activity activity : programme.activities()) {
			Matcher at = Pattern.compile("(?m)^\\s*" + activity.getCode() + "\\b").matcher(annex);
			at.find();
			assertTrue(at.start() > previous, activity.getCode() + " is out of the document's order in the Annex");
			previous = at.start();
		}
		List<String> notEmbedded = new ArrayList<>();
		List<String> embedded = new ArrayList<>();
		PdfReader reader = new PdfReader(pdf);
		try {
			for (int i = 1; i < reader.getXrefSize(); i++) {
				if (PdfReader.getPdfObjectRelease(reader.getPdfObject(i)) instanceof PdfDictionary dictionary
						&& PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
					String name = String.valueOf(dictionary.get(PdfName.FONTNAME));
					boolean file = dictionary.contains(PdfName.FONTFILE) || dictionary.contains(PdfName.FONTFILE2)
							|| dictionary.contains(PdfName.FONTFILE3);
					(file ? embedded : notEmbedded).add(name);
				}
			}
		} finally {
			reader.close();
		}
		assertEquals(List.of(), notEmbedded, "fonts not embedded");
		assertTrue(embedded.stream().anyMatch(name -> name.contains("DejaVuSerif")), embedded.toString());
	}

	@Test
	void theReportOfACycleSaysWhatChangedSinceThePreviousMeeting() throws Exception {
		programme.findActivity("A1").setStatus(org.mea.jwp.model.ActivityStatus.IN_PROGRESS);
		org.mea.jwp.model.ProgressEntry entry = org.mea.jwp.model.JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(java.time.LocalDate.of(2014, 4, 1));
		entry.setNarrative("Two projects approved.");
		programme.findActivity("B1").getProgress().add(entry);
		List<String> pages = pdfPages(render(new ProgressReport(programme).cycle("cycle-sc65"), ReportFormat.PDF));
		String text = String.join("\n", pages);
		assertTrue(pages.get(0).contains("SC65 Doc. 14.3"), pages.get(0));
		assertTrue(pages.get(0).contains("Geneva (Switzerland), 7-11 July 2014"), pages.get(0));
		assertTrue(text.contains("Changes since SC62"), text);
		assertTrue(text.contains("A1. Status: not started \u2192 in progress."), text);
		assertTrue(text.contains("B1. 1 new progress entry."), text);
		// the Annex's narrow columns wrap their text
		String annex = text.substring(text.indexOf("STATUS OF THE ACTIVITIES")).replaceAll("\\s+", " ");
		assertTrue(annex.contains("Change since SC62"), "the Annex column: " + annex);
		assertTrue(annex.contains("1 new progress entry"), annex);
	}

	@Test
	void paragraphNumbersRunOnAcrossHeadingsInThePdf() throws Exception {
		String text = String.join("\n", pdfPages(render(new ProgressReport(programme), ReportFormat.PDF)));
		int background = text.indexOf("Background");
		int recommendations = text.indexOf("Recommendations");
		assertTrue(background > 0 && recommendations > background, text);
		Matcher numbers = Pattern.compile("(?m)^\\s*(\\d+)\\.\\s")
				.matcher(text.substring(0, text.indexOf("STATUS OF THE ACTIVITIES")));
		int expected = 1;
		while (numbers.find()) {
			assertEquals(expected++, Integer.parseInt(numbers.group(1)));
		}
		assertTrue(expected > 8, "numbered paragraphs found: " + (expected - 1));
	}

	@Test
	void cmsStandingCommitteeGetsTheFirstPageOfCmsDocuments() throws Exception {
		byte[] pdf = render(new ProgressReport(programme).committee(Committee.parse("body-cms-stc", programme)),
				ReportFormat.PDF);
		Path saved = Path.of("target", "layouts", "progress-cms-stc40.pdf");
		Files.createDirectories(saved.getParent());
		Files.write(saved, pdf);
		List<String> pages = pdfPages(pdf);
		String first = pages.get(0);
		// as on UNEP/CMS documents of 2014: emblem words, then the distribution block, the meeting in capitals,
		// place and dates, the agenda item, the title and a summary (docs/report-layouts.md)
		assertInOrder(first, "CMS", "CONVENTION ON", "MIGRATORY", "SPECIES", "Distribution: General",
				"UNEP/CMS/StC40/Doc.14.3",
				"31 December 2014", "Original: English", "40th MEETING OF THE STANDING COMMITTEE", "Agenda Item 14.3",
				"CMS-CITES JOINT WORK PROGRAMME 2012-2014: PROGRESS REPORT", "Summary:",
				"This document reports on the implementation of the CMS-CITES Joint Work Programme 2012-2014 as at 31 December 2014.");
		assertFalse(first.contains("Original language"), "not the CITES header: " + first);
		assertFalse(first.contains("Fortieth meeting"), "not the CITES meeting line: " + first);
		assertFalse(first.contains("1."), "the numbered text starts on page 2: " + first);
		String second = pages.get(1);
		assertInOrder(second, "CMS-CITES JOINT WORK PROGRAMME 2012-2014: PROGRESS REPORT",
				"(Prepared by the UNEP/CMS Secretariat)",
				"1.", "At its 38th meeting (November 2011), the Standing Committee adopted the");
		assertFalse(second.contains("This document has been prepared by"), "said once, under the title: " + second);
	}

	@Test
	void citesFirstPageHasTheRuleUnderTheConventionsNameAndNoCmsBlock() throws Exception {
		byte[] pdf = render(new ProgressReport(programme).committee(Committee.parse("body-cites-sc", programme)),
				ReportFormat.PDF);
		Path saved = Path.of("target", "layouts", "progress-cites-sc65.pdf");
		Files.createDirectories(saved.getParent());
		Files.write(saved, pdf);
		String first = pdfPages(pdf).get(0);
		assertInOrder(first, "Original language: English", "SC65 Doc. 14.3",
				"CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES",
				"OF WILD FAUNA AND FLORA", "Sixty-fifth meeting of the Standing Committee",
				"Geneva (Switzerland), 7-11 July 2014", "Cooperation with other biodiversity-related conventions",
				"CMS-CITES JOINT WORK PROGRAMME 2012-2014: PROGRESS REPORT",
				"1. This document has been prepared by the CITES Secretariat.",
				"At its 62nd meeting (Geneva, July 2012), the Standing Committee was invited to endorse");
		assertFalse(first.contains("Distribution: General") || first.contains("Summary:"),
				"not the CMS block: " + first);
		// the short rule under the Convention's name: the bottom border of the middle sixth of the page's width
		String html = new String(
				render(new ProgressReport(programme).committee(Committee.parse("body-cites-sc", programme)),
						ReportFormat.HTML),
				StandardCharsets.UTF_8);
		Matcher rule = Pattern.compile("FLORA.{0,3000}?<col style=\" width: 16%;\">.{0,600}?border-bottom: thin solid",
				Pattern.DOTALL).matcher(html);
		assertTrue(rule.find(), "a rule between the Convention's name and the meeting");
		assertTrue(html.indexOf("Sixty-fifth meeting") > rule.end(), "above the meeting line");
	}

	/** Fails naming the first of {@code parts} not found after the one before it. */
	private static void assertInOrder(String text, String... parts) {
		String flat = text.replaceAll("\\s+", " "); //$NON-NLS-1$
		int from = 0;
		for (String part : parts) {
			int at = flat.indexOf(part.replaceAll("\\s+", " "), from); //$NON-NLS-1$
			assertTrue(at >= 0, "\"" + part + "\" after position " + from + " in: " + flat);
			from = at + part.length();
		}
	}

	@Test
	void htmlDocxAndOdtCarryTheSameContent() throws Exception {
		ProgressReport report = new ProgressReport(programme);
		String html = new String(render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
		assertTrue(html.contains("Sixty-fifth meeting of the Standing Committee"), "html");
		assertTrue(html.contains("SC65 Doc. 14.3"), "html");
		assertTrue(html.contains(">D4<"), "html annex");

		String docx = zipEntry(render(report, ReportFormat.DOCX), "word/document.xml");
		assertTrue(docx.contains("Sixty-fifth meeting of the Standing Committee"), "docx");
		assertTrue(docx.contains("D4"), "docx annex");

		String odt = zipEntry(render(report, ReportFormat.ODT), "content.xml");
		assertTrue(odt.contains("Sixty-fifth meeting of the Standing Committee"), "odt");
	}

	/**
	 * DOCX tables keep their column widths in an office suite: the grid columns carry {@code w:w}
	 * (BIRT writes {@code w:val}, which Word and LibreOffice ignore, so every column got the same
	 * width); the paragraph numbers' column is the design's 10 mm (567 twentieths of a point, BIRT
	 * rounds to 566), and the Convention's name keeps its two lines as two paragraphs.
	 */
	@Test
	void docxTablesKeepTheirColumnWidths() throws Exception {
		String docx = zipEntry(render(new ProgressReport(programme), ReportFormat.DOCX), "word/document.xml");
		assertFalse(docx.contains("<w:gridCol w:val="), "no grid column in the attribute office suites ignore");
		Matcher widths = Pattern.compile("<w:gridCol w:w=\"(\\d+)\"").matcher(docx);
		List<Integer> columns = new ArrayList<>();
		while (widths.find()) {
			columns.add(Integer.valueOf(widths.group(1)));
		}
		assertTrue(columns.size() > 10, "the tables' grid columns: " + columns);
		assertTrue(columns.stream().anyMatch(width -> width >= 560 && width <= 570),
				"the 10 mm number column: " + columns);
		assertFalse(docx.contains("SPECIESOF"), "the Convention's name keeps the space between its lines");
	}

	@Test
	void progressSummaryHasAChartOfTheActivitiesByThemeAndStatus() throws Exception {
		ProgressReport report = new ProgressReport(programme);
		String html = new String(render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
		assertTrue(html.contains("Activities by theme and status as at 7 July 2014"),
				"chart caption: by default as at the first day of the meeting reported to (SC65)");
		List<String> charts = RenderedCharts.svgs(html);
		assertEquals(1, charts.size(), "one chart, inline in the HTML");
		String svg = charts.get(0);
		for (Theme theme : programme.getThemes()) {
			assertTrue(svg.contains(theme.getLetter() + ". "), "a bar for theme " + theme.getLetter());
		}
		assertTrue(svg.contains("not started") && svg.contains("on-going"), "legend names the statuses");
		// each theme's bar carries its counts, status by status in the legend's order, on its own row
		// (the chart names a theme by its short name, as the document's summary does)
		java.util.function.Function<Theme, String> axis = t -> t.getLetter() + ". "
				+ (t.getShortName() != null ? t.getShortName() : t.getName());
		List<String> names = programme.getThemes().stream().map(axis).toList();
		java.util.Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
		for (Theme theme : programme.getThemes()) {
			List<Integer> counts = new ArrayList<>();
			for (ActivityStatus status : ActivityStatus.VALUES) {
				int n = (int) theme.activities().stream().filter(a -> a.getStatus() == status).count();
				if (n > 0) {
					counts.add(n);
				}
			}
			expected.put(axis.apply(theme), counts);
		}
		assertEquals(expected, RenderedCharts.barLabels(svg, names), "the numbers on each theme's bar, left to right");

		assertFalse(RenderedCharts.images(render(report, ReportFormat.DOCX)).isEmpty(), "chart in the DOCX");
		assertFalse(RenderedCharts.images(render(report, ReportFormat.ODT)).isEmpty(), "chart in the ODT");
		String page = pdfPages(render(report, ReportFormat.PDF)).stream()
				.filter(p -> p.contains("Activities by theme and status")).findFirst().orElseThrow();
		assertTrue(page.contains("not started"), "the chart's legend is text in the PDF: " + page);
	}

	private static String zipEntry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " not in the archive");
	}

	@Test
	void unknownMeetingIsNamed() {
		ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
				() -> new ProgressReport(programme).meeting("mtg-nowhere"));
		assertTrue(e.getMessage().contains("mtg-nowhere"));
	}

}
