package org.mea.jwp.core.tests.exchange;

import java.io.InputStream;

import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.Programme;

/** An importer with a bug: it throws while reading (contributed by this fragment for DataFormatsTest). */
public class ThrowingImporter implements IImporter {

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) {
		throw new IllegalStateException("bug in the test importer"); //$NON-NLS-1$
	}
}
