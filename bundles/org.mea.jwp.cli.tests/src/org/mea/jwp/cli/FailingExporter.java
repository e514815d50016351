package org.mea.jwp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Programme;

/** A contributed exporter with a bug: it writes a little, then throws (fragment.xml of this fragment). */
public class FailingExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		output.write("half a file".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		throw new IllegalStateException("the test exporter fails on purpose"); //$NON-NLS-1$
	}
}
