package org.mea.jwp.ui.tests.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/**
 * An exporter contributed by this test fragment (fragment.xml), as a plug-in would contribute
 * one: the Export wizard lists it next to the built-in formats and writes with it.
 */
public class CodesExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		for (Activity activity : programme.activities()) {
			output.write((activity.getCode() + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
	}
}
