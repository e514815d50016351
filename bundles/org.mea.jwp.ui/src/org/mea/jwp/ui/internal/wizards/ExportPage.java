package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * The page of File > Export: an exporter of the registry and the file to write, named after the
 * programme with the format's extension (in the home folder until the user chooses another).
 */
final class ExportPage extends DataFormatPage {

	ExportPage(ProgrammeSession session) {
		super("export", session, DataFormats.get().exporters()); //$NON-NLS-1$
		setTitle("Export the Programme"); //$NON-NLS-1$
		setDescription("Write the open programme in one of the formats of this installation; taxa with the listings in force on " //$NON-NLS-1$
				+ session.reportingDate() + ", the reporting date."); //$NON-NLS-1$
	}

	@Override
	String fileLabel() {
		return "&Output file:"; //$NON-NLS-1$
	}

	@Override
	int fileDialogStyle() {
		return SWT.SAVE;
	}

	@Override
	Path defaultFile(DataFormat chosen) {
		Path folder = getFile() != null && getFile().getParent() != null ? getFile().getParent()
				: Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		return folder.resolve(fileStem(getSession()) + "." + chosen.extensions().get(0)); //$NON-NLS-1$
	}

	@Override
	IStatus checkFile(DataFormat chosen, Path path) {
		Path folder = path.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return Status.error("Output file: the folder " + folder + " does not exist."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (Files.isDirectory(path)) {
			return Status.error("Output file: " + path + " is a folder; add the file's name."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String name = path.getFileName().toString();
		if (!chosen.accepts(name)) {
			return Status.warning(name + " does not end in ." + chosen.extensions().get(0) //$NON-NLS-1$
					+ ", the extension of " + chosen.name() + "."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (Files.exists(path)) {
			return Status.warning(name + " exists; you will be asked before it is replaced."); //$NON-NLS-1$
		}
		return Status.OK_STATUS;
	}
}
