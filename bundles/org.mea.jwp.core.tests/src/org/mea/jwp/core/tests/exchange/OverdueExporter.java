package org.mea.jwp.core.tests.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.operations.Timeframes;

/** The example of schema/exporters.exsd, verbatim but for the string markers, so that the example is known to work. */
@SuppressWarnings("nls")
public class OverdueExporter implements IExporter {
	public void write(Programme programme, OutputStream output) throws IOException {
		LocalDate end = LocalDate.of(programme.getPeriodEnd(), 12, 31);
		Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("Code", "Lead", "Timeframe").get().print(writer);
		for (Activity activity : programme.activities()) {
			if (activity.isOverdue(end)) {
				csv.printRecord(activity.getCode(), activity.getLead().getLiteral(),
						Timeframes.wording(activity.getTimeframe()));
			}
		}
		csv.flush(); // not close(): the caller owns the stream
	}
}
