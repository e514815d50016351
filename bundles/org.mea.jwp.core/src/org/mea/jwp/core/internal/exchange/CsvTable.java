package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mea.jwp.core.exchange.CsvWriter;
import org.mea.jwp.core.persistence.XmlText;

/**
 * A CSV file read for import: the header's cells and the data rows with the line each starts on.
 * <p>
 * The file must be UTF-8, with or without a byte order mark (Excel's "CSV UTF-8" writes one). The
 * delimiter is whichever of {@code ;} and {@code ,} splits the header line into more columns:
 * spreadsheets in many European locales write {@code ;}. Quoting follows RFC 4180, so cells may
 * hold delimiters, quotes and line breaks. Blank rows are skipped; a row with more or fewer cells
 * than the header is an error for that row (its values cannot be matched to columns safely), and
 * so is a row with a character a programme file cannot hold (see {@link XmlText}): imported, it
 * would make the programme impossible to save.
 */
final class CsvTable {

	/** A data row: the line it starts on (the header is line 1) and its cells, stripped. */
	record Row(int line, List<String> cells) {

		/**
		 * The stripped cell of {@code column}, or "" when there is no such column; a cell that a
		 * JWP export neutralised against formulas is read as it was before ({@link CsvWriter#restore}).
		 */
		String cell(int column) {
			return column < 0 || column >= cells.size() ? "" : CsvWriter.restore(cells.get(column).strip()); //$NON-NLS-1$
		}
	}

	private final List<String> header;
	private final int headerLine;
	private final List<Row> rows;
	private final char delimiter;

	private CsvTable(List<String> header, int headerLine, List<Row> rows, char delimiter) {
		this.header = List.copyOf(header);
		this.headerLine = headerLine;
		this.rows = List.copyOf(rows);
		this.delimiter = delimiter;
	}

	/** The column names as written. */
	List<String> header() {
		return header;
	}

	/** The line of the header: 1 unless blank lines come first. */
	int headerLine() {
		return headerLine;
	}

	List<Row> rows() {
		return rows;
	}

	char delimiter() {
		return delimiter;
	}

	/**
	 * Reads the file. Problems of the whole file are CRITICAL and give null; rows with the wrong
	 * number of cells are errors in {@code log} and left out.
	 *
	 * @throws IOException when the stream cannot be read
	 */
	static CsvTable read(InputStream input, ProblemLog log) throws IOException {
		String text = decode(input.readAllBytes(), log);
		if (text == null) {
			return null;
		}
		if (text.isBlank()) {
			log.critical(0, Messages.CsvTable_empty);
			return null;
		}
		char delimiter = delimiter(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<String> header = null;
		int headerLine = 0;
		List<Row> rows = new ArrayList<>();
		long linesBefore = 0;
		try (CSVParser parser = format.parse(new StringReader(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			while (records.hasNext()) { // hasNext() parses the record, so the count read before it is where it starts
				CSVRecord record = records.next();
				int line = (int) linesBefore + 1;
				linesBefore = parser.getCurrentLineNumber();
				List<String> cells = record.toList();
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = cells;
					headerLine = line;
				} else if (cells.size() != header.size()) {
					log.error(line,
							NLS.bind(cells.size() == 1 ? Messages.CsvTable_rowSizeOne : Messages.CsvTable_rowSize,
									new Object[] { cells.size(), header.size(), delimiter }));
				} else if (storable(header, line, cells, log)) {
					rows.add(new Row(line, cells));
				}
			}
		} catch (UncheckedIOException | IllegalStateException e) {
			// the parser's iterator reports malformed CSV (e.g. text after a closing quote) this way
			String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
			log.critical((int) linesBefore + 1, NLS.bind(Messages.CsvTable_invalid, reason));
			return null;
		}
		return new CsvTable(header, headerLine, rows, delimiter);
	}

	/** Whether every cell of the row can be saved in a programme file; an error for the row if not. */
	private static boolean storable(List<String> header, int line, List<String> cells, ProblemLog log) {
		for (int i = 0; i < cells.size(); i++) {
			int at = XmlText.firstUnstorable(cells.get(i));
			if (at >= 0) {
				log.error(line,
						NLS.bind(Messages.CsvTable_unstorable, header.get(i), XmlText.describe(cells.get(i), at)));
				return false;
			}
		}
		return true;
	}

	/**
	 * The text of UTF-8 {@code bytes}, without a byte order mark; null and a CRITICAL problem naming
	 * the line when a byte sequence is not UTF-8.
	 */
	private static String decode(byte[] bytes, ProblemLog log) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				line += bytes[i] == '\n' ? 1 : 0; // a byte 0x0A is always a line feed in UTF-8
			}
			log.critical(line, NLS.bind(Messages.CsvTable_notUtf8, in.position() + 1));
			return null;
		}
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
	}

	/** {@code ;} when it splits the first non-blank line into more columns than {@code ,} does. */
	private static char delimiter(String text) {
		String first = text.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
		return columns(first, ';') > columns(first, ',') ? ';' : ',';
	}

	private static int columns(String line, char delimiter) {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
				.parse(new StringReader(line))) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? 0 : records.get(0).size();
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			return 0; // a header with an open quote: the full parse will say so
		}
	}
}
