package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.ui.ProgrammeSession;

/** The first page of File > Import: an importer of the registry and the file to read. */
final class ImportFilePage extends DataFormatPage {

	private final Runnable changed;

	/** {@code changed} runs whenever importer or file change (the plan made from them is stale). */
	ImportFilePage(ProgrammeSession session, Runnable changed) {
		super("importFile", session, DataFormats.get().importers()); //$NON-NLS-1$
		this.changed = changed;
		setTitle(Messages.ImportFilePage_title);
		setDescription(Messages.ImportFilePage_description);
	}

	@Override
	String fileLabel() {
		return Messages.ImportFilePage_file;
	}

	@Override
	int fileDialogStyle() {
		return SWT.OPEN;
	}

	@Override
	Path defaultFile(DataFormat chosen) {
		return null;
	}

	@Override
	IStatus checkFile(DataFormat chosen, Path path) {
		if (!Files.exists(path)) {
			return Status.error(NLS.bind(Messages.ImportFilePage_missing, path));
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			return Status.error(NLS.bind(Messages.ImportFilePage_unreadable, path));
		}
		String name = path.getFileName().toString();
		if (!chosen.accepts(name)) {
			return Status.warning(NLS.bind(Messages.ImportFilePage_wrongExtension,
					new Object[] { name, chosen.extensions().get(0), chosen.name() }));
		}
		return Status.OK_STATUS;
	}

	@Override
	void choiceChanged() {
		changed.run();
	}
}
