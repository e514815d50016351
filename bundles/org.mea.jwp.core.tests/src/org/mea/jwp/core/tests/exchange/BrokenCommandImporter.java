package org.mea.jwp.core.tests.exchange;

import java.io.InputStream;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;
import org.mea.jwp.model.Programme;

/** An importer whose plan reads fine but throws when asked for its command (for DataFormatsTest). */
public class BrokenCommandImporter implements IImporter {

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) {
		return new ImportPlan() {
			@Override
			public List<ImportProblem> problems() {
				return List.of();
			}

			@Override
			public String summary() {
				return "1 thing to change"; //$NON-NLS-1$
			}

			@Override
			public Command command(EditingDomain domain) {
				throw new UnsupportedOperationException("bug in the test importer's command"); //$NON-NLS-1$
			}
		};
	}
}
