package org.mea.jwp.ui.internal.actions;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.mea.jwp.core.persistence.ProgrammeChangedException;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Save and Save As of a programme, shared by every part that shows one: the embedded programme is
 * read-only, so its first Save asks where to keep the copy; a failed save is shown and leaves the
 * file as it was. When another program changed the file since it was read, Save never overwrites it
 * silently: it asks whether to overwrite, save elsewhere or cancel (the programme then stays
 * unsaved and the file untouched).
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
		dialog.setText(Messages.SaveProgramme_saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*.jwp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(
				new String[] { Messages.SaveProgramme_filterProgrammes, Messages.SaveProgramme_filterAll });
		dialog.setFileName(
				session.getFile() == null ? "work-programme.jwp" : session.getFile().getFileName().toString()); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = NativeFileDialogs.open.apply(dialog);
		if (chosen == null) {
			return false;
		}
		Path file = Path.of(chosen);
		// a name without an extension gets the programme's (a dot in a folder's name does not count)
		return saveTo(session, file.getFileName().toString().contains(".") ? file //$NON-NLS-1$
				: file.resolveSibling(file.getFileName() + ".jwp"), shell); //$NON-NLS-1$
	}

	/** Title of the question asked when the file was changed by another program. */
	public static final String CHANGED_TITLE = Messages.SaveProgramme_changedTitle;

	private static final int OVERWRITE = 0;
	private static final int SAVE_AS = 1;

	/**
	 * Saves to {@code file}; a failure is shown (when there is a shell) and returns false. When the
	 * file was changed by another program, asks first (without a shell: does not save).
	 */
	public static boolean saveTo(ProgrammeSession session, Path file, Shell shell) {
		try {
			session.saveAs(file);
			return true;
		} catch (ProgrammeChangedException e) {
			if (shell == null) {
				return false;
			}
			return switch (askAboutChange(shell, file)) {
			case OVERWRITE -> overwrite(session, file, shell);
			case SAVE_AS -> saveAs(session, shell);
			default -> false;
			};
		} catch (ProgrammeFileException e) {
			if (shell != null) {
				MessageDialog.openError(shell, Messages.SaveProgramme_failed, e.getMessage());
			}
			return false;
		}
	}

	private static int askAboutChange(Shell shell, Path file) {
		MessageDialog dialog = new MessageDialog(shell, CHANGED_TITLE, null,
				NLS.bind(Messages.SaveProgramme_changedQuestion, file, ProgrammeStore.backupOf(file).getFileName()),
				MessageDialog.WARNING, 2, Messages.SaveProgramme_overwrite, Messages.SaveProgramme_saveAs,
				IDialogConstants.CANCEL_LABEL);
		return dialog.open();
	}

	private static boolean overwrite(ProgrammeSession session, Path file, Shell shell) {
		try {
			session.saveAs(file, true);
			return true;
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(shell, Messages.SaveProgramme_failed, e.getMessage());
			return false;
		}
	}
}
