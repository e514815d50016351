package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.team.Author;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.SaveProgramme;
import org.mea.jwp.ui.preferences.TeamPreferences;

/** What every Team command checks first: a programme saved in a file, and who the user is. */
final class TeamSupport {

	/** The preference page where the commit author is set. */
	static final String PREFERENCE_PAGE = "org.mea.jwp.ui.preferences.team"; //$NON-NLS-1$

	private TeamSupport() {
	}

	/** What a Team command works on: the window, the open programme, its saved file and, if asked for, the author. */
	record Target(IWorkbenchWindow window, ProgrammeSession session, Path file, Author author) {
		Shell shell() {
			return window.getShell();
		}
	}

	/**
	 * The target of a command titled {@code title}: the open programme saved (asked first, saying
	 * {@code why}) and, {@code withAuthor}, the author known; {@code null} when the user stopped.
	 */
	static Target target(ExecutionEvent event, String title, String why, boolean withAuthor) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		ProgrammeSession session = session(shell, title);
		Path file = session == null ? null : savedFile(session, shell, title, why);
		Author author = file == null || !withAuthor ? null : author(shell, title);
		return file == null || (withAuthor && author == null) ? null : new Target(window, session, file, author);
	}

	/** The open programme, or {@code null} (and a message) when there is none. */
	static ProgrammeSession session(Shell shell, String title) {
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null) {
			MessageDialog.openInformation(shell, title, Messages.TeamSupport_noProgramme);
		}
		return session;
	}

	/**
	 * The programme's file, saved: a programme with unsaved changes is saved first when the user
	 * agrees, since Git shares files, not what is in memory. {@code null} when the user declines.
	 */
	static Path savedFile(ProgrammeSession session, Shell shell, String title, String why) {
		if (session.getFile() == null || session.isDirty()) {
			boolean unsaved = session.getFile() == null;
			String question = NLS.bind(unsaved ? Messages.TeamSupport_notSaved : Messages.TeamSupport_unsaved, why);
			if (!MessageDialog.openQuestion(shell, title, question) || !SaveProgramme.save(session, shell)) {
				return null;
			}
		}
		return session.getFile();
	}

	/**
	 * The author to commit as; when the preferences do not say yet, opens the Sharing preference
	 * page and asks again. {@code null} when still unknown.
	 */
	static Author author(Shell shell, String title) {
		Author author = TeamPreferences.author();
		if (author == null) {
			MessageDialog.openInformation(shell, title, Messages.TeamSupport_noAuthor);
			PreferencesUtil.createPreferenceDialogOn(shell, PREFERENCE_PAGE, new String[] { PREFERENCE_PAGE }, null)
					.open();
			author = TeamPreferences.author();
		}
		return author;
	}
}
