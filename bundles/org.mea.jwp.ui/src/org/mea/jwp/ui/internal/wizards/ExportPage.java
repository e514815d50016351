package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
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
		setTitle(Messages.ExportPage_title);
		// the date as the user's language writes it in a sentence (the exported files keep ISO dates)
		setDescription(NLS.bind(Messages.ExportPage_description,
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).format(session.reportingDate())));
	}

	@Override
	String fileLabel() {
		return Messages.ExportPage_outputFile;
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
			return Status.error(NLS.bind(Messages.ExportPage_folderMissing, folder));
		}
		if (Files.isDirectory(path)) {
			return Status.error(NLS.bind(Messages.ExportPage_isFolder, path));
		}
		String name = path.getFileName().toString();
		if (!chosen.accepts(name)) {
			return Status.warning(NLS.bind(Messages.ExportPage_wrongExtension,
					new Object[] { name, chosen.extensions().get(0), chosen.name() }));
		}
		if (Files.exists(path)) {
			return Status.warning(NLS.bind(Messages.ExportPage_exists, name));
		}
		return Status.OK_STATUS;
	}
}
