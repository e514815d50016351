package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.openpdf.text.pdf.PdfReader;

/**
 * Reports rendered to XLSX by BIRT's spreadsheet emitter (Apache POI and XMLBeans inside OSGi),
 * checked on the cells of the workbook. The file is read as what it is, a zip of SpreadsheetML
 * parts, so the test needs no POI of its own.
 */
class XlsxOutputTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@Test
	void speciesConcordanceHasARowPerTaxonWithItsActivities() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ListingReport(programme, ListingReport.Kind.SPECIES).render(ReportFormat.XLSX, out);
		Map<String, byte[]> parts = parts(out.toByteArray());
		assertTrue(text(parts, "[Content_Types].xml").contains("spreadsheetml.sheet.main+xml"), "an Excel workbook");
		List<List<Cell>> rows = rows(parts);
		assertEquals("SPECIES CONCORDANCE", rows.get(0).get(0).text());
		List<String> headings = texts(row(rows, "Taxon"));
		assertTrue(
				headings.containsAll(
						List.of("Common names", "CITES name", "CITES App.", "CMS name", "CMS App.", "Activities")),
				headings.toString());
		List<String> all = rows.stream().flatMap(List::stream).map(Cell::text).toList();
		List<String> missing = new ArrayList<>();
		for (Taxon taxon : programme.getTaxa()) {
			String name = taxon.getNameAsPrinted() != null ? taxon.getNameAsPrinted() : taxon.getCommonNames().get(0);
			if (!all.contains(name)) {
				missing.add(name);
			}
		}
		assertTrue(missing.isEmpty(), "taxa missing: " + missing);
		assertTrue(texts(row(rows, "Saiga spp.")).contains("B10, B11, B12"), "Saiga's activities in its row");
	}

	@Test
	void aLoneSheetTakesAShortNameWhileThePdfKeepsTheDesignsTitle() throws Exception {
		// the design renames itself for XLSX in beforeFactory; the design is read once and shared
		ListingReport report = new ListingReport(programme, ListingReport.Kind.SPECIES);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		report.render(ReportFormat.XLSX, xlsx);
		assertTrue(text(parts(xlsx.toByteArray()), "xl/workbook.xml").contains("<sheet name=\"Species concordance\""),
				text(parts(xlsx.toByteArray()), "xl/workbook.xml"));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		report.render(ReportFormat.PDF, pdf);
		PdfReader reader = new PdfReader(pdf.toByteArray());
		try {
			assertEquals("Species concordance: taxa under CITES and CMS, with the activities that cover them",
					reader.getInfo().get("Title"));
		} finally {
			reader.close();
		}
	}

	@Test
	void statusOverviewHasItsCountsAsNumbersAndItsChartsAsPictures() throws Exception {
		StatusOverview report = new StatusOverview(programme);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		report.render(ReportFormat.XLSX, out);
		Map<String, byte[]> parts = parts(out.toByteArray());
		List<List<Cell>> rows = rows(parts);
		assertEquals("STATUS OVERVIEW", rows.get(0).get(0).text());
		List<String> firsts = rows.stream().filter(r -> !r.isEmpty()).map(r -> r.get(0).text()).toList();
		for (String heading : List.of("Activities by theme and status", "Activities by lead secretariat and status",
				"Overdue at the reporting date (timeframe ended, not completed)", "Subject to external funding")) {
			assertTrue(firsts.contains(heading), heading + " in " + firsts);
		}
		// the counts are numbers a spreadsheet can add up, equal to the report's data
		StatusOverview.Data data = report.data();
		for (Map<String, Object> theme : data.byTheme()) {
			Cell all = row(rows, (String) theme.get("name")).get(1);
			assertTrue(all.numeric(), theme.get("name") + ": " + all);
			assertEquals(((Integer) theme.get("all")).doubleValue(), Double.parseDouble(all.text()),
					(String) theme.get("name"));
		}
		assertEquals(31.0, Double.parseDouble(row(rows, "Total").get(1).text()));
		for (Map<String, Object> overdue : data.overdue()) {
			String code = (String) overdue.get("code");
			assertEquals(overdue.get("activity"), row(rows, code).get(1).text(), code);
		}
		// the two charts (by theme, by lead) come along as PNG pictures
		List<String> media = parts.keySet().stream().filter(name -> name.startsWith("xl/media/")).toList();
		assertEquals(2, media.size(), parts.keySet().toString());
		for (String image : media) {
			assertArrayEquals(PNG, Arrays.copyOf(parts.get(image), 4), image);
		}
	}

	/** A cell: its text (a shared or inline string, or a number as written), and whether it is a number. */
	record Cell(String text, boolean numeric) {
	}

	private static final Pattern SHARED_STRING = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern TEXT = Pattern.compile("<t(?:\\s[^>]*)?>(.*?)</t>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern ROW = Pattern.compile("<row\\b[^>]*>(.*?)</row>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern CELL = Pattern.compile("<c\\b([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\""); //$NON-NLS-1$
	private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL); //$NON-NLS-1$

	/** The parts of the workbook (a zip) by name. */
	private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
		Map<String, byte[]> parts = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		assertTrue(parts.containsKey("xl/workbook.xml"), "not a workbook: " + parts.keySet());
		return parts;
	}

	private static String text(Map<String, byte[]> parts, String name) {
		byte[] part = parts.get(name);
		assertTrue(part != null, name + " not in the workbook");
		return new String(part, StandardCharsets.UTF_8);
	}

	/** The rows of every worksheet, in sheet order; a cell's place in its row is its column. */
	private static List<List<Cell>> rows(Map<String, byte[]> parts) {
		List<String> shared = new ArrayList<>();
		if (parts.containsKey("xl/sharedStrings.xml")) {
			Matcher si = SHARED_STRING.matcher(text(parts, "xl/sharedStrings.xml"));
			while (si.find()) {
				shared.add(runs(si.group(1)));
			}
		}
		List<String> sheets = parts.keySet().stream().filter(n -> n.matches("xl/worksheets/sheet\\d+\\.xml"))
				.sorted(Comparator.comparingInt(n -> Integer.parseInt(n.replaceAll("\\D", "")))).toList();
		assertTrue(!sheets.isEmpty(), "no worksheet");
		List<List<Cell>> rows = new ArrayList<>();
		for (String sheet : sheets) {
			Matcher row = ROW.matcher(text(parts, sheet));
			while (row.find()) {
				List<Cell> cells = new ArrayList<>();
				Matcher c = CELL.matcher(row.group(1));
				while (c.find()) {
					Map<String, String> attributes = new TreeMap<>();
					Matcher a = ATTRIBUTE.matcher(c.group(1));
					while (a.find()) {
						attributes.put(a.group(1), a.group(2));
					}
					int column = column(attributes.get("r"));
					while (cells.size() < column) {
						cells.add(new Cell("", false));
					}
					cells.add(cell(attributes.get("t"), c.group(2) == null ? "" : c.group(2), shared));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static Cell cell(String type, String body, List<String> shared) {
		Matcher v = VALUE.matcher(body);
		String value = v.find() ? unescape(v.group(1)) : null;
		if ("s".equals(type)) {
			return new Cell(shared.get(Integer.parseInt(value)), false);
		}
		if ("inlineStr".equals(type)) {
			return new Cell(runs(body), false);
		}
		if (value == null) {
			return new Cell("", false);
		}
		return new Cell(value, type == null || "n".equals(type));
	}

	/** The text of a string item: its runs, joined. */
	private static String runs(String item) {
		StringBuilder text = new StringBuilder();
		Matcher t = TEXT.matcher(item);
		while (t.find()) {
			text.append(unescape(t.group(1)));
		}
		return text.toString();
	}

	/** 0 for column A of "A12", 26 for "AA3"... */
	private static int column(String reference) {
		int column = 0;
		for (char ch : reference.replaceAll("\\d", "").toCharArray()) {
			column = column * 26 + (ch - 'A' + 1);
		}
		return column - 1;
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
				.replace("&amp;", "&");
	}

	/** The first row whose first cell is {@code first}. */
	private static List<Cell> row(List<List<Cell>> rows, String first) {
		return rows.stream().filter(r -> !r.isEmpty() && r.get(0).text().equals(first)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + first));
	}

	private static List<String> texts(List<Cell> row) {
		return row.stream().map(Cell::text).toList();
	}
}
