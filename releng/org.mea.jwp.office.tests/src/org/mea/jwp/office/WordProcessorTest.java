package org.mea.jwp.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mea.jwp.office.PdfLayout.Page;
import org.mea.jwp.office.Reader.SetParagraph;
import org.mea.jwp.reports.Committee;
import org.mea.jwp.reports.ProgressReport;
import org.mea.jwp.reports.ProgressReportData;
import org.mea.jwp.reports.ReportFormat;

/**
 * Each design's DOCX and ODT as a reader sees them in a word processor (LibreOffice Writer,
 * printed to PDF), against what BIRT prints itself: as many pages, the page of the design, the
 * running footer on every page, every table's headings side by side, numbered paragraphs across
 * the text block, the Convention's name as written.
 */
class WordProcessorTest {

	/** The share of BIRT's page count an office rendition may differ by. */
	private static final double PAGE_TOLERANCE = 0.15;
	/** The least share of the text block a paragraph's lines (but its last) must fill. */
	private static final double LINE_FILL = 0.70;
	private static final double SAME_SIZE = 3;

	static Stream<Arguments> documents() {
		return Expected.DESIGNS.stream()
				.flatMap(design -> Stream.of(ReportFormat.DOCX, ReportFormat.ODT)
						.map(format -> Arguments.of(design, format)));
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource("documents")
	void hasAboutAsManyPagesAsThePdfOnThePagesOfTheDesign(String design, ReportFormat format) throws Exception {
		Renditions renditions = Renditions.of(design);
		int pdf = renditions.printed(ReportFormat.PDF).pages().size();
		List<Page> pages = renditions.printed(format).pages();
		assertTrue(Math.abs(pages.size() - pdf) <= PAGE_TOLERANCE * pdf,
				design + "." + format.extension() + " prints on " + pages.size() + " pages, BIRT's PDF on " + pdf); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DesignPage page = DesignPage.of(design);
		for (Page printed : pages) {
			assertTrue(
					Math.abs(printed.width() - page.width()) <= SAME_SIZE
							&& Math.abs(printed.height() - page.height()) <= SAME_SIZE,
					"page " + printed.number() + " is " + Math.round(printed.width()) + " × " //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
							+ Math.round(printed.height())
							+ " pt, the design's " + Math.round(page.width()) + " × " + Math.round(page.height())); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource("documents")
	void hasTheRunningFooterWithItsNumberOnEveryPage(String design, ReportFormat format) throws Exception {
		Expected expected = Expected.of(design);
		PdfLayout printed = Renditions.of(design).printed(format);
		assertEquals(List.of(), Reader.pagesWithoutFooter(printed, expected.footer()),
				"pages without \"" + expected.footer() + " N\" of " + printed.pages().size()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource("documents")
	void showsEveryTableColumnUnderItsHeading(String design, ReportFormat format) throws Exception {
		assertEquals(List.of(), Expected.of(design).tablesMissingIn(Renditions.of(design).printed(format)));
	}

	@ParameterizedTest(name = "progress.{0}")
	@MethodSource("wordProcessorFormats")
	void setsNumberedParagraphsAcrossTheTextBlock(ReportFormat format) throws Exception {
		PdfLayout printed = Renditions.of("progress").printed(format); //$NON-NLS-1$
		double block = DesignPage.of("progress").textBlock(); //$NON-NLS-1$
		String footer = Expected.of("progress").footer(); //$NON-NLS-1$
		List<String> narrow = new ArrayList<>();
		int checked = 0;
		for (Map<String, Object> paragraph : new ProgressReport(Renditions.programme())
				.committee(Committee.parse("body-cites-sc", Renditions.programme())).data()
				.paragraphs()) {
			if (!"paragraph".equals(paragraph.get("kind"))) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String number = (String) paragraph.get("number"); //$NON-NLS-1$
			SetParagraph set = Reader.paragraph(printed, number, (String) paragraph.get("text"), footer) //$NON-NLS-1$
					.orElseThrow(() -> new AssertionError("paragraph " + number + " is not printed as one text: " //$NON-NLS-1$ //$NON-NLS-2$
							+ paragraph.get("text"))); //$NON-NLS-1$
			for (int line = 0; line < set.lines().size() - 1; line++) {
				double fill = set.widths().get(line) / block;
				checked++;
				if (fill < LINE_FILL) {
					narrow.add(
							String.format("paragraph %s, line %d: %.0f %% of the text block (\"%s\")", number, line + 1, //$NON-NLS-1$
									100 * fill, set.lines().get(line).text()));
				}
			}
		}
		assertTrue(checked >= 10, "only " + checked + " full lines of numbered paragraphs found"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!narrow.isEmpty()) {
			fail(narrow.size() + " of " + checked + " lines narrower than " + Math.round(100 * LINE_FILL) //$NON-NLS-1$ //$NON-NLS-2$
					+ " % of the text block:\n" + String.join("\n", narrow)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@ParameterizedTest(name = "progress.{0}")
	@MethodSource("wordProcessorFormats")
	void writesTheConventionsNameAsItIs(ReportFormat format) throws Exception {
		PdfLayout printed = Renditions.of("progress").printed(format); //$NON-NLS-1$
		for (String line : Committee.parse("body-cites-sc", Renditions.programme()).conventionName().split("\n")) { //$NON-NLS-1$
			assertTrue(Reader.hasLine(printed, line), "no line reads \"" + line + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@ParameterizedTest(name = "progress.{0}")
	@MethodSource("officeFormats")
	void marksItsHeadingsSoThatTheOutlineShowsThem(ReportFormat format) throws Exception {
		ProgressReportData data = new ProgressReport(Renditions.programme())
				.committee(Committee.parse("body-cites-sc", Renditions.programme())).data();
		List<String> expected = new ArrayList<>();
		expected.add(data.title());
		data.paragraphs().stream().filter(row -> "heading".equals(row.get("kind"))).map(row -> (String) row.get("text")) //$NON-NLS-1$ //$NON-NLS-2$
				.forEach(expected::add);
		expected.add("Annex"); //$NON-NLS-1$
		data.annex().stream().map(row -> (String) row.get("theme")).distinct().forEach(expected::add); //$NON-NLS-1$
		// LibreOffice's PDF export turns the document's headings into the PDF's bookmarks
		assertEquals(expected, Outline.titles(OfficeSuite.pdfOf(Renditions.of("progress").file(format)))); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "progress.{0}")
	@MethodSource("officeFormats")
	void numbersItsParagraphsWithTheWordProcessorsNumbering(ReportFormat format) throws Exception {
		List<String> expected = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		for (Map<String, Object> row : new ProgressReport(Renditions.programme())
				.committee(Committee.parse("body-cites-sc", Renditions.programme())).data().paragraphs()) {
			if ("paragraph".equals(row.get("kind"))) { //$NON-NLS-1$ //$NON-NLS-2$
				expected.add(String.join(" ", Reader.words((String) row.get("text")))); //$NON-NLS-1$ //$NON-NLS-2$
				numbers.add((String) row.get("number")); //$NON-NLS-1$
			}
		}
		// in the file: paragraphs of a numbered list, not typed numbers in a table
		assertEquals(expected, Packages.numberedParagraphs(Renditions.of("progress").file(format))); //$NON-NLS-1$
		// printed: the word processor's numbers, in sequence, on each paragraph's first line
		PdfLayout printed = Renditions.of("progress").printed(format); //$NON-NLS-1$
		List<String> unnumbered = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			String first = expected.get(i).split(" ")[0]; //$NON-NLS-1$
			String number = numbers.get(i);
			// the number and the text's first word on one baseline (a tab apart: two lines to pdftotext)
			if (printed.pages().stream().noneMatch(page -> page.words().stream().anyMatch(n -> n.text().equals(number)
					&& page.words().stream().anyMatch(w -> w.text().equals(first) && Math.abs(w.yMax() - n.yMax()) < 1
							&& w.xMin() > n.xMax())))) {
				unnumbered.add(number + " " + first); //$NON-NLS-1$
			}
		}
		assertEquals(List.of(), unnumbered, "paragraphs printed without their number"); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "progress.{0}")
	@MethodSource("wordProcessorFormats")
	void printsEachSubItemOnALineOfItsOwn(ReportFormat format) throws Exception {
		PdfLayout printed = Renditions.of("progress").printed(format); //$NON-NLS-1$
		List<String> starts = printed.lines().stream().map(PdfLayout.Line::text).toList();
		List<String> runOn = new ArrayList<>();
		int items = 0;
		for (String code : List.of("B1", "C2", "D2", "D4")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (org.mea.jwp.model.SubItem item : Renditions.programme().findActivity(code).getSubItems()) {
				items++;
				String[] words = Reader.words(item.getText());
				// the document's bullet, but D4's dated calendar lines as listed
				// (a word may be broken at its hyphen at the line's end: "Science-")
				String second = words[1].contains("-") ? words[1].substring(0, words[1].indexOf('-') + 1) : words[1]; //$NON-NLS-1$
				String start = (code.equals("D4") ? "" : "\u2022 ") + words[0] + " " + second; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (starts.stream().noneMatch(line -> line.startsWith(start))) {
					runOn.add(code + ": " + start); //$NON-NLS-1$
				}
			}
		}
		assertEquals(26, items, "sub-items of B1, C2, D2 and D4"); //$NON-NLS-1$
		assertEquals(List.of(), runOn, "sub-items not starting a printed line"); //$NON-NLS-1$
	}

	static Stream<ReportFormat> officeFormats() {
		return Stream.of(ReportFormat.DOCX, ReportFormat.ODT);
	}

	static Stream<ReportFormat> wordProcessorFormats() {
		return Stream.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT);
	}
}
