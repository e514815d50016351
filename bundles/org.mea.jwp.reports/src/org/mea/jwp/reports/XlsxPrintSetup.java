package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Completes the print setup of a workbook BIRT's spreadsheet writer produced: a print area over what
 * each sheet holds, and the rows above its frozen pane (title and column headings) repeated at the
 * top of every printed page. The writer ({@code uk.co.spudsoft.birt.emitters.excel}) fits sheets to
 * the page width and freezes panes on request, but has no option for either of these; Apache POI,
 * which it writes with, does.
 */
final class XlsxPrintSetup {

	private XlsxPrintSetup() {
	}

	/** Copies the workbook {@code xlsx} to {@code output}, each sheet's print area and title rows set. */
	static void copyCompleted(byte[] xlsx, OutputStream output) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				Sheet sheet = workbook.getSheetAt(index);
				int lastColumn = lastColumn(sheet);
				if (lastColumn < 0) {
					continue; // an empty sheet has nothing to print
				}
				workbook.setPrintArea(index, 0, lastColumn, 0, sheet.getLastRowNum());
				PaneInformation pane = sheet.getPaneInformation();
				if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitTopRow() > 0) {
					sheet.setRepeatingRows(new CellRangeAddress(0, pane.getHorizontalSplitTopRow() - 1, -1, -1));
				}
			}
			workbook.write(output);
		}
	}

	private static int lastColumn(Sheet sheet) {
		int last = -1;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum() - 1);
		}
		return last;
	}
}
