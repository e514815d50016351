package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finishes a workbook BIRT's spreadsheet writer ({@code uk.co.spudsoft.birt.emitters.excel})
 * produced, with Apache POI, which the writer itself writes with:
 * <ul>
 * <li>a print area over what each sheet holds, and the rows above its frozen pane (title and column
 * headings) repeated at the top of every printed page: the writer fits sheets to the page width
 * and freezes panes on request, but has no option for either of these;</li>
 * <li>every text readable in full: the writer wraps text only in cells styled {@code white-space:
 * pre} and sets each row's height, so a sentence longer than its column was cut at the column's edge
 * (an activity's text, a paragraph). A text column narrower than {@link #READABLE} characters is
 * widened up to that (a sheet is not bound to the PDF's page), a text still longer wraps, top
 * aligned, and its row made as high as its lines (spreadsheet programs keep a stored height when
 * they open a file); a text that runs on over empty cells is left to; a centred title alone in its row
 * is aligned left, so that it runs on to the right instead of being cut at column A.</li>
 * </ul>
 */
final class XlsxLayout {

	/** The width (characters) a text column may be widened to. */
	static final int READABLE = 60;
	/** Column widths count characters of the workbook's 11 pt default font. */
	private static final double DEFAULT_POINTS = 11;
	private static final double WORD_WRAP_SLACK = 1.15;
	private static final double LINE_SPACING = 1.3;
	private static final double CELL_PADDING = 3;
	/** Texts estimated shorter than this share of their column are not measured. */
	private static final double MEASURE_FROM = 0.6;
	private static final DataFormatter FORMATTER = new DataFormatter();

	private XlsxLayout() {
	}

	/** Copies the workbook {@code xlsx} to {@code output}, finished. */
	static void copyCompleted(byte[] xlsx, OutputStream output) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Styles styles = new Styles(workbook);
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				Sheet sheet = workbook.getSheetAt(index);
				int lastColumn = lastColumn(sheet);
				if (lastColumn < 0) {
					continue; // an empty sheet has nothing to print
				}
				readable(workbook, sheet, lastColumn, styles);
				workbook.setPrintArea(index, 0, lastColumn, 0, sheet.getLastRowNum());
				PaneInformation pane = sheet.getPaneInformation();
				if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitTopRow() > 0) {
					sheet.setRepeatingRows(new CellRangeAddress(0, pane.getHorizontalSplitTopRow() - 1, -1, -1));
				}
			}
			workbook.write(output);
		}
	}

	private static void readable(Workbook workbook, Sheet sheet, int lastColumn, Styles styles) {
		Map<CellAddress, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			merged.put(new CellAddress(region.getFirstRow(), region.getFirstColumn()), region);
		}
		// widen the text columns whose texts do not fit in their room
		Map<Integer, Double> longest = new HashMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (isText(cell) && !merged.containsKey(cell.getAddress())
						&& length(workbook, cell) > room(sheet, row, merged.get(cell.getAddress()), cell, lastColumn)) {
					longest.merge(cell.getColumnIndex(), length(workbook, cell), Math::max);
				}
			}
		}
		longest.forEach((column, length) -> {
			double width = sheet.getColumnWidth(column) / 256.0;
			if (length > width && width < READABLE) {
				sheet.setColumnWidth(column, (int) (Math.min(length + 1, READABLE) * 256));
			}
		});
		// then wrap what is still longer than its room, and give its row the height of its lines
		for (Row row : sheet) {
			double height = 0;
			for (Cell cell : row) {
				if (!isText(cell)) {
					continue;
				}
				CellRangeAddress region = merged.get(cell.getAddress());
				if (cell.getCellStyle().getAlignment() == HorizontalAlignment.CENTER && alone(row, cell)) {
					// a title: centred over its own column it would be cut at column A
					styles.restyle(cell, Change.LEFT);
				}
				double length = length(workbook, cell);
				double width = width(sheet, region, cell);
				if (length <= width || length <= room(sheet, row, region, cell, lastColumn)) {
					continue; // it fits, or runs on over empty cells
				}
				styles.restyle(cell, Change.WRAP);
				double points = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
				height = Math.max(height, lines(cell, points, width) * points * LINE_SPACING + CELL_PADDING);
			}
			if (height > row.getHeightInPoints()) {
				// spreadsheet programs keep a stored height when they open a file: it must be right
				row.setHeightInPoints((float) height);
				for (Cell cell : row) {
					// the row's other texts (a paragraph's number) beside the first line, not under the last
					styles.restyle(cell, Change.TOP);
				}
			}
		}
	}

	/** Whether {@code cell} is the only one of its row with something in it. */
	private static boolean alone(Row row, Cell cell) {
		for (Cell other : row) {
			if (other != cell && other.getCellType() != CellType.BLANK
					&& !(other.getCellType() == CellType.STRING && other.getStringCellValue().isEmpty())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The lines a wrapped text takes in a column {@code width} characters wide: each of its own lines
	 * (sub-items) wraps on its own; words wrap before the edge, so a line counts a little shorter.
	 */
	private static double lines(Cell cell, double points, double width) {
		double lines = 0;
		for (String line : cell.getStringCellValue().split("\n", -1)) { //$NON-NLS-1$
			lines += Math.max(1, Math.ceil(line.length() * points / DEFAULT_POINTS * WORD_WRAP_SLACK / width));
		}
		return lines;
	}

	private static boolean isText(Cell cell) {
		return cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank();
	}

	/**
	 * The room (characters) a text has: its cell's width and that of the empty cells after it, up to
	 * the last column printed.
	 */
	private static double room(Sheet sheet, Row row, CellRangeAddress region, Cell cell, int lastColumn) {
		double room = width(sheet, region, cell);
		for (int column = (region == null ? cell.getColumnIndex() : region.getLastColumn())
				+ 1; column <= lastColumn; column++) {
			Cell next = row.getCell(column);
			if (next != null && next.getCellType() != CellType.BLANK
					&& !(next.getCellType() == CellType.STRING && next.getStringCellValue().isEmpty())) {
				break;
			}
			room += sheet.getColumnWidth(column) / 256.0;
		}
		return room;
	}

	/**
	 * The text's width in characters of the default font: estimated from its length and font size,
	 * and measured (AWT font metrics, as POI's column auto-sizing does) when the estimate comes
	 * near a column's width; measuring every cell would cost seconds on a large programme.
	 */
	private static double length(Workbook workbook, Cell cell) {
		double points = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
		double estimate = cell.getStringCellValue().length() * points / DEFAULT_POINTS;
		double column = cell.getSheet().getColumnWidth(cell.getColumnIndex()) / 256.0;
		if (estimate < MEASURE_FROM * column || estimate > READABLE * 2) {
			return estimate;
		}
		double measured = SheetUtil.getCellWidth(cell, SheetUtil.getDefaultCharWidth(workbook), FORMATTER, false);
		return measured > 0 ? measured : estimate;
	}

	/** The cell's width in characters, a merged cell's ({@code region} not null) over all its columns. */
	private static double width(Sheet sheet, CellRangeAddress region, Cell cell) {
		int first = region == null ? cell.getColumnIndex() : region.getFirstColumn();
		int last = region == null ? cell.getColumnIndex() : region.getLastColumn();
		double width = 0;
		for (int column = first; column <= last; column++) {
			width += sheet.getColumnWidth(column) / 256.0;
		}
		return width;
	}

	private static int lastColumn(Sheet sheet) {
		int last = -1;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum() - 1);
		}
		return last;
	}

	/** What a cell's style is changed for. */
	private enum Change {
		/** wrapped, top aligned */
		WRAP,
		/** top aligned */
		TOP,
		/** left aligned */
		LEFT
	}

	/**
	 * The workbook's styles changed once each: POI's {@code CellUtil} looks through every style of
	 * the workbook for each cell, seconds on a large programme's workbook.
	 */
	private static final class Styles {

		private final Workbook workbook;
		private final Map<String, CellStyle> changed = new HashMap<>();

		Styles(Workbook workbook) {
			this.workbook = workbook;
		}

		void restyle(Cell cell, Change change) {
			CellStyle original = cell.getCellStyle();
			cell.setCellStyle(changed.computeIfAbsent(original.getIndex() + "/" + change, key -> { //$NON-NLS-1$
				CellStyle style = workbook.createCellStyle();
				style.cloneStyleFrom(original);
				switch (change) {
				case WRAP -> {
					style.setWrapText(true);
					style.setVerticalAlignment(VerticalAlignment.TOP);
				}
				case TOP -> style.setVerticalAlignment(VerticalAlignment.TOP);
				case LEFT -> style.setAlignment(HorizontalAlignment.LEFT);
				}
				return style;
			}));
		}
	}
}
