package org.mea.jwp.ui.internal.actions;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Save and Save As of a programme, shared by every part that shows one: the embedded programme is
 * read-only, so its first Save asks where to keep the copy; a failed save is shown and leaves the
 * file as it was.
 */
public final class SaveProgramme {

	private SaveProgramme() {
	}

	/** Saves to the session's file, or asks for one. Returns whether the programme was saved. */
	public static boolean save(ProgrammeSession session, Shell shell) {
		return session.getFile() == null ? saveAs(session, shell) : saveTo(session, session.getFile(), shell);
	}

	/** Asks for a file and saves there. Returns whether the programme was saved. */
	public static boolean saveAs(ProgrammeSession session, Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Programme As"); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { "*.jwp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { "JWP programmes (*.jwp)", "All files" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(session.getFile() == null ? "work-programme.jwp" : session.getFile().getFileName().toString()); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return false;
		}
		return saveTo(session, Path.of(chosen.contains(".") ? chosen : chosen + ".jwp"), shell); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Saves to {@code file}; a failure is shown (when there is a shell) and returns false. */
	public static boolean saveTo(ProgrammeSession session, Path file, Shell shell) {
		try {
			session.saveAs(file);
			return true;
		} catch (ProgrammeFileException e) {
			if (shell != null) {
				MessageDialog.openError(shell, "Save Failed", e.getMessage()); //$NON-NLS-1$
			}
			return false;
		}
	}
}
