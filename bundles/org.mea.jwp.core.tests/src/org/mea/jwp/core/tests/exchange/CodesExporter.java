package org.mea.jwp.core.tests.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/** A working contributed exporter: the activity codes, one per line (for DataFormatsTest). */
public class CodesExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		for (Activity activity : programme.activities()) {
			output.write((activity.getCode() + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
	}
}
