package org.mea.jwp.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Theme;
import org.mea.jwp.reports.ReportFormat;

/**
 * Each design's XLSX as a spreadsheet user meets it, read back cell by cell with Apache POI: a
 * sheet per table named after it, the heading row frozen and repeated on every printed page, the
 * columns wide enough for their headings, counts as numbers, printed one page wide within a print
 * area; and as LibreOffice Calc prints it, every column under its heading.
 */
class SpreadsheetTest {

	private static final DataFormatter TEXT = new DataFormatter();

	/** A sheet and the headings of its table, from its first column that has one. */
	record Table(String sheet, List<String> headings) {
	}

	private static final List<String> BY_STATUS = List.of("All", "not started", "in progress", "on-going", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"completed", "deferred", "cancelled", "awaiting funding", "overdue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final List<String> ACTIVITIES = List.of("Code", "Activity", "Timeframe", "Lead", "Status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The sheets of each design, in order, with what their tables head their columns with. */
	private static final Map<String, List<Table>> SHEETS = Map.of(
			"progress", List.of(new Table("Report", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
					new Table("Annex", List.of("Code", "Activity", "Timeframe", "Lead", "Status", "Progress"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"status", List.of(new Table("By theme", BY_STATUS), //$NON-NLS-1$ //$NON-NLS-2$
					new Table("By lead secretariat", Stream.concat(Stream.of("Lead"), BY_STATUS.stream()).toList()), //$NON-NLS-1$ //$NON-NLS-2$
					new Table("Overdue", ACTIVITIES), new Table("Falling due", ACTIVITIES), //$NON-NLS-1$ //$NON-NLS-2$
					new Table("Reporting deadlines", List.of("Due", "State", "To", "Report due", "Activities")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					new Table("External funding", ACTIVITIES)), //$NON-NLS-1$
			"species", List.of(new Table("Species concordance", List.of("Taxon", "Common names", "Rank", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					"CITES name", "CITES App.", "CMS name", "CMS App.", "Activities", "CITES/CMS differ"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"calendar", List.of(new Table("Calendar", List.of("When", "Meeting", "Symbol", "Due at the meeting")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	static Stream<Arguments> sheets() {
		return Expected.DESIGNS.stream()
				.flatMap(design -> SHEETS.get(design).stream().map(table -> Arguments.of(design, table.sheet())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("designs")
	void hasASheetPerTableNamedAfterIt(String design) throws Exception {
		try (Workbook workbook = workbook(design)) {
			List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)
					.toList();
			assertEquals(SHEETS.get(design).stream().map(Table::sheet).toList(), names);
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("sheets")
	void printsOnePageWideWithinAPrintArea(String design, String name) throws Exception {
		try (Workbook workbook = workbook(design)) {
			Sheet sheet = sheet(workbook, name);
			assertTrue(sheet.getFitToPage(), "fit to page");
			assertEquals(1, sheet.getPrintSetup().getFitWidth(), "pages wide");
			String area = workbook.getPrintArea(workbook.getSheetIndex(sheet));
			assertNotNull(area, "no print area");
			CellRangeAddress range = CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1));
			assertEquals(0, range.getFirstRow(), area);
			assertEquals(0, range.getFirstColumn(), area);
			assertEquals(sheet.getLastRowNum(), range.getLastRow(), "print area " + area + " and the last row");
			assertEquals(lastColumn(sheet), range.getLastColumn(), "print area " + area + " and the last column");
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("sheets")
	void freezesItsHeadingsAndRepeatsThemOnEveryPrintedPage(String design, String name) throws Exception {
		Table table = table(design, name);
		if (table.headings().isEmpty()) {
			return; // the report's text: nothing to keep in view
		}
		try (Workbook workbook = workbook(design)) {
			Sheet sheet = sheet(workbook, name);
			PaneInformation pane = sheet.getPaneInformation();
			assertTrue(pane != null && pane.isFreezePane(), "no frozen pane");
			int headingRow = pane.getHorizontalSplitTopRow() - 1;
			assertEquals(table.headings(), headings(sheet.getRow(headingRow)),
					"the last frozen row (" + (headingRow + 1) + ")");
			CellRangeAddress repeated = sheet.getRepeatingRows();
			assertNotNull(repeated, "no rows repeated on each printed page");
			assertEquals(headingRow, repeated.getLastRow(),
					"rows repeated on each printed page: " + repeated.formatAsString());
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("sheets")
	void hasColumnsWideEnoughForTheirHeadings(String design, String name) throws Exception {
		Table table = table(design, name);
		try (Workbook workbook = workbook(design)) {
			Sheet sheet = sheet(workbook, name);
			List<String> narrow = new ArrayList<>();
			Row row = table.headings().isEmpty() ? null : headingRow(sheet, table.headings());
			if (row != null) {
				for (Cell cell : row) {
					String heading = TEXT.formatCellValue(cell);
					// a column's width counts characters of the workbook's 11 pt font; headings are often smaller
					double size = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
					double longest = Arrays.stream(Reader.words(heading)).mapToInt(String::length).max().orElse(0)
							* size / 11;
					double width = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
					if (width < longest) {
						narrow.add(heading + ": " + Math.round(width) + " characters"); //$NON-NLS-1$
					}
				}
			}
			assertEquals(List.of(), narrow);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("designs")
	void printsEveryColumnUnderItsHeadingInCalc(String design) throws Exception {
		assertEquals(List.of(), Expected.of(design).tablesMissingIn(Renditions.of(design).printed(ReportFormat.XLSX)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("designs")
	void printsEveryTextInFullInCalc(String design) throws Exception {
		// a text cut at its column's edge loses its end: look for the last words of each longer text
		List<String> printed = Renditions.of(design).printed(ReportFormat.XLSX).lines().stream()
				.flatMap(line -> line.words().stream()).map(PdfLayout.Word::text).toList();
		List<String> cut = new ArrayList<>();
		int checked = 0;
		try (Workbook workbook = workbook(design)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String[] words = Reader.words(TEXT.formatCellValue(cell));
						if (words.length >= 6) {
							checked++;
							List<String> end = List.of(words).subList(words.length - 3, words.length);
							if (!nearby(printed, end)) {
								cut.add(sheet.getSheetName() + "!" + cell.getAddress() + ": …" + String.join(" ", end)); //$NON-NLS-1$ //$NON-NLS-2$
							}
						}
					}
				}
			}
		}
		assertTrue(checked > 0, "no text of six words or more"); //$NON-NLS-1$
		assertEquals(List.of(), cut, cut.size() + " of " + checked + " texts printed without their end"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Whether {@code words} stand in {@code printed} in order, each within a few words of the one
	 * before (pdftotext may read a wrapped cell's next line after a neighbour cell's text).
	 */
	private static boolean nearby(List<String> printed, List<String> words) {
		for (int start = printed.indexOf(words.get(0)); start >= 0; start = next(printed, words.get(0), start + 1)) {
			int at = start;
			int found = 1;
			while (found < words.size()) {
				int following = next(printed, words.get(found), at + 1);
				if (following < 0 || following - at > 4) {
					break;
				}
				at = following;
				found++;
			}
			if (found == words.size()) {
				return true;
			}
		}
		return false;
	}

	private static int next(List<String> printed, String word, int from) {
		for (int i = from; i < printed.size(); i++) {
			if (printed.get(i).equals(word)) {
				return i;
			}
		}
		return -1;
	}

	@org.junit.jupiter.api.Test
	void statusCountsAreNumbers() throws Exception {
		try (Workbook workbook = workbook("status")) { //$NON-NLS-1$
			for (String name : List.of("By theme", "By lead secretariat")) { //$NON-NLS-1$ //$NON-NLS-2$
				Sheet sheet = sheet(workbook, name);
				int headingRow = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
				int counts = 0;
				for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					for (int c = 1; row != null && c <= lastColumn(sheet); c++) {
						Cell cell = row.getCell(c);
						if (cell != null && !TEXT.formatCellValue(cell).isBlank()) {
							assertEquals(CellType.NUMERIC, cell.getCellType(), name + " " + cell.getAddress());
							counts++;
						}
					}
				}
				assertTrue(counts >= 6, name + ": only " + counts + " counts");
			}
		}
	}

	@org.junit.jupiter.api.Test
	void annexListsEveryActivity() throws Exception {
		List<String> codes = new ArrayList<>();
		for (Theme theme : Renditions.programme().getThemes()) {
			theme.activities().stream().map(Activity::getCode).forEach(codes::add);
		}
		try (Workbook workbook = workbook("progress")) { //$NON-NLS-1$
			Sheet annex = sheet(workbook, "Annex"); //$NON-NLS-1$
			List<String> first = new ArrayList<>();
			annex.forEach(row -> first.add(TEXT.formatCellValue(row.getCell(0))));
			List<String> missing = codes.stream().filter(code -> !first.contains(code)).toList();
			assertEquals(List.of(), missing, "activities missing from the Annex sheet");
		}
	}

	static Stream<String> designs() {
		return Expected.DESIGNS.stream();
	}

	private static Workbook workbook(String design) throws Exception {
		try (InputStream in = Files.newInputStream(Renditions.of(design).file(ReportFormat.XLSX))) {
			return new XSSFWorkbook(in);
		}
	}

	private static Table table(String design, String name) {
		return SHEETS.get(design).stream().filter(t -> t.sheet().equals(name)).findFirst().orElseThrow();
	}

	private static Sheet sheet(Workbook workbook, String name) {
		Sheet sheet = workbook.getSheet(name);
		assertNotNull(sheet, "no sheet \"" + name + "\"");
		return sheet;
	}

	/** The first row whose headings are {@code headings}. */
	private static Row headingRow(Sheet sheet, List<String> headings) {
		for (Row row : sheet) {
			if (headings(row).equals(headings)) {
				return row;
			}
		}
		throw new AssertionError("no row of " + sheet.getSheetName() + " reads " + headings);
	}

	/** The texts of {@code row} from its first non-blank cell on. */
	private static List<String> headings(Row row) {
		List<String> texts = new ArrayList<>();
		if (row != null) {
			for (Cell cell : row) {
				String text = TEXT.formatCellValue(cell).strip();
				if (!text.isEmpty() || !texts.isEmpty()) {
					texts.add(text);
				}
			}
		}
		while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
			texts.remove(texts.size() - 1);
		}
		return texts;
	}

	private static int lastColumn(Sheet sheet) {
		int last = 0;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum() - 1);
		}
		return last;
	}
}
