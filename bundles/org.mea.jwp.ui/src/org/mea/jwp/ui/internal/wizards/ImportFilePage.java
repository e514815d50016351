package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
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
		setTitle("Import into the Programme"); //$NON-NLS-1$
		setDescription("Choose the format and the file. Nothing changes before you have seen what the import does."); //$NON-NLS-1$
	}

	@Override
	String fileLabel() {
		return "&File to import:"; //$NON-NLS-1$
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
			return Status.error("File to import: " + path + " does not exist."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			return Status.error("File to import: " + path + " is not a file that can be read."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String name = path.getFileName().toString();
		if (!chosen.accepts(name)) {
			return Status.warning(name + " does not end in ." + chosen.extensions().get(0) //$NON-NLS-1$
					+ "; it will be read as " + chosen.name() + "."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Status.OK_STATUS;
	}

	@Override
	void choiceChanged() {
		changed.run();
	}
}
