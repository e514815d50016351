package org.mea.jwp.core.exchange.spi;

import java.io.IOException;
import java.io.OutputStream;

import org.mea.jwp.model.Programme;

/**
 * Writes a programme in one format. Contributed through the extension point
 * {@code org.mea.jwp.core.exporters}, which declares the format's id, name and file extensions;
 * the class needs a public no-argument constructor.
 */
public interface IExporter {

	/**
	 * Writes {@code programme} to {@code output}. Must not change the model, must not close the
	 * stream (the caller owns it), and should write the same bytes for the same programme, so that
	 * exports can be compared and kept under version control.
	 *
	 * @throws IOException when the stream cannot be written
	 */
	void write(Programme programme, OutputStream output) throws IOException;

	/**
	 * Writes {@code programme} for {@code context} (e.g. the taxa's listings as at its date). By
	 * default the context is not used: a format that writes listings overrides this, and its
	 * {@link #write(Programme, OutputStream)} then passes {@link ExportContext#of(Programme)}.
	 *
	 * @throws IOException when the stream cannot be written
	 */
	default void write(Programme programme, OutputStream output, ExportContext context) throws IOException {
		write(programme, output);
	}
}
