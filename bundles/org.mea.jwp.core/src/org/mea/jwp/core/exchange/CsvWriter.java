package org.mea.jwp.core.exchange;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How JWP writes CSV, for its own exports, {@code jwp diff --format csv} and plug-ins' exporters:
 * RFC 4180 (comma, double quotes, CRLF) through Commons CSV, UTF-8 without a byte order mark, a
 * header row — and no cell that a spreadsheet would run as a formula.
 * <p>
 * A programme holds text typed or imported by many people; a cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is taken by Excel, LibreOffice and
 * Google Sheets as the start of a formula, which can run commands or send the sheet's data away
 * ("CSV injection"). As OWASP advises, such a cell is written with a single quote in front, which
 * spreadsheets show as text and do not evaluate. Plain numbers ({@code -3}, {@code +1.5}) are left
 * alone: they cannot be formulas. JWP's importers take the quote off again ({@link #restore}), so
 * an exported file reads back unchanged.
 */
public final class CsvWriter implements Flushable {

	/** What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
	private static final String FORMULA_STARTS = "=+-@\t\r"; //$NON-NLS-1$

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?"); //$NON-NLS-1$

	private final CSVPrinter printer;

	private CsvWriter(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * A writer on {@code output}, which has been given the header row. Call {@link #flush()} when
	 * done and do not close it: the caller owns the stream.
	 */
	public static CsvWriter on(OutputStream output, String... header) throws IOException {
		return on(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)), header);
	}

	/** As {@link #on(OutputStream, String...)}, on characters. */
	public static CsvWriter on(Appendable output, String... header) throws IOException {
		Object[] cells = new Object[header.length];
		for (int i = 0; i < header.length; i++) {
			cells[i] = neutralise(header[i]);
		}
		CsvWriter writer = new CsvWriter(CSVFormat.RFC4180.print(output));
		writer.printer.printRecord(cells);
		return writer;
	}

	/** Writes one row; each value as {@link String#valueOf}, {@code null} as an empty cell, formulas neutralised. */
	public void row(Object... values) throws IOException {
		Object[] cells = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = values[i] == null ? "" : neutralise(String.valueOf(values[i])); //$NON-NLS-1$
		}
		printer.printRecord(cells);
	}

	@Override
	public void flush() throws IOException {
		printer.flush();
	}

	/** {@code cell}, with a single quote in front when a spreadsheet would run it as a formula. */
	public static String neutralise(String cell) {
		if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return "'" + cell; //$NON-NLS-1$
	}

	/** The text of a cell that {@link #neutralise} wrote: the quote it added taken off. */
	public static String restore(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}
}
