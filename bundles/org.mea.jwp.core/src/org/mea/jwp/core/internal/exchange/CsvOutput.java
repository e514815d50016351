package org.mea.jwp.core.internal.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How the CSV exports are written: RFC 4180 (comma, double quotes, CRLF), UTF-8 without a byte
 * order mark, a header row. The CSV importers read the same files back.
 */
final class CsvOutput {

	private CsvOutput() {
	}

	/**
	 * A printer on {@code output} with the header. Flush it when done and do not close it: the
	 * caller owns the stream.
	 */
	static CSVPrinter printer(OutputStream output, String... header) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
		return CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
	}
}
