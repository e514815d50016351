package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The species concordance and meeting calendar reports, in every format, checked on their content. */
class ListingReportTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private byte[] render(ListingReport.Kind kind, ReportFormat format) throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ListingReport(programme, kind).render(format, out);
		return out.toByteArray();
	}

	/** The text of every page of {@code pdf}, page after page (shared with other tests of this fragment). */
	static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		} finally {
			reader.close();
		}
	}

	@Test
	void speciesConcordanceListsEveryTaxonWithItsActivities() throws Exception {
		String text = pdfText(render(ListingReport.Kind.SPECIES, ReportFormat.PDF));
		assertTrue(text.contains("SPECIES CONCORDANCE"), text);
		List<String> missing = new ArrayList<>();
		for (Taxon taxon : programme.getTaxa()) {
			String name = taxon.getNameAsPrinted() != null ? taxon.getNameAsPrinted() : taxon.getCommonNames().get(0);
			if (!text.contains(name)) {
				missing.add(name);
			}
		}
		assertTrue(missing.isEmpty(), "taxa missing: " + missing);
		assertTrue(text.contains("B10, B11, B12"), "Saiga's activities");
		assertTrue(text.matches("(?s).*Species concordance \u2013 p\\. ?1\\b.*"), "footer");
	}

	@Test
	void meetingCalendarIsInDateOrderWithWhatIsDue() throws Exception {
		String text = pdfText(render(ListingReport.Kind.CALENDAR, ReportFormat.PDF));
		assertTrue(text.contains("MEETING CALENDAR AND DEADLINES"), text);
		int y2003 = yearHeading(text, "2003");
		int y2012 = yearHeading(text, "2012");
		int y2014 = yearHeading(text, "2014");
		assertTrue(y2003 >= 0 && y2012 > y2003 && y2014 > y2012, "years in order");
		// the name may wrap in its column
		java.util.regex.Matcher sc65At = java.util.regex.Pattern
				.compile("65th\\s+meeting\\s+of\\s+the\\s+CITES\\s+Standing\\s+Committee").matcher(text);
		int sc65 = sc65At.find() ? sc65At.start() : -1;
		assertTrue(sc65 > y2014, "SC65 under 2014: " + text);
		assertTrue(text.indexOf("Activities D4", sc65) > 0, "D4 is due at SC65");
		assertTrue(text.contains("Date not given"), "undated meetings at the end");
	}

	@Test
	void everyListingRendersInEveryFormat() throws Exception {
		for (ListingReport.Kind kind : ListingReport.Kind.values()) {
			String title = kind == ListingReport.Kind.SPECIES ? "SPECIES CONCORDANCE"
					: "MEETING CALENDAR AND DEADLINES";
			assertTrue(new String(render(kind, ReportFormat.HTML), StandardCharsets.UTF_8).contains(title),
					kind + " html");
			assertTrue(zipEntry(render(kind, ReportFormat.DOCX), "word/document.xml").contains(title), kind + " docx");
			assertTrue(zipEntry(render(kind, ReportFormat.ODT), "content.xml").contains(title), kind + " odt");
		}
	}

	/** Where the line holding only {@code year} (a group heading) is, or -1. */
	private static int yearHeading(String text, String year) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + year + "\\s*$").matcher(text);
		return m.find() ? m.start() : -1;
	}

	private static String zipEntry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " not in the archive");
	}
}
