package org.mea.jwp.core.exchange.spi;

import java.io.IOException;
import java.io.InputStream;

import org.mea.jwp.model.Programme;

/**
 * Reads a file of one format into a programme, in two steps: {@link #plan} reads and checks the
 * file without touching the model, then the caller shows the plan's problems and, if the user
 * accepts, executes its command. Contributed through the extension point
 * {@code org.mea.jwp.core.importers}; the class needs a public no-argument constructor.
 */
public interface IImporter {

	/**
	 * Reads {@code input} and works out what importing it into {@code programme} would change.
	 * Must not change the model. Problems of the file (a bad value on a row, a missing column) are
	 * reported in the plan, with their line, not thrown.
	 *
	 * @param programme the programme to import into; only read
	 * @param input the file's content; not closed by the importer
	 * @param sourceName the file's name, for labels and messages (e.g. "listing.csv")
	 * @throws IOException only when the stream cannot be read
	 */
	ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException;
}
