package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.preferences.TeamPreferences;

/**
 * Team > Commit: saves the programme if the user agrees, asks for a message (the author comes from
 * the preferences), and records the file in the repository's history. Committing during a merge
 * that Git still holds in conflict concludes that merge, so it is asked first.
 */
public class CommitHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		TeamSupport.Target target = TeamSupport.target(event, CommitDialog.TITLE, Messages.CommitHandler_why, false);
		if (target == null) {
			return null;
		}
		IWorkbenchWindow window = target.window();
		Shell shell = target.shell();
		ProgrammeSession session = target.session();
		Path file = target.file();
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			if (repository.conflictVersions(file) != null && !MessageDialog.openQuestion(shell, CommitDialog.TITLE,
					NLS.bind(Messages.CommitHandler_inConflict, file.getFileName()))) {
				return null;
			}
		} catch (TeamException e) {
			MessageDialog.openError(shell, CommitDialog.TITLE, e.getMessage());
			return null;
		}
		UncommittedElements changes = UncommittedElements.of(session);
		CommitDialog dialog = new CommitDialog(shell, file.getFileName().toString(),
				changes.isCommitted() ? List.copyOf(changes.changedElements().values()) : null,
				TeamPreferences.authorName(), TeamPreferences.authorEmail());
		if (dialog.open() != Window.OK) {
			return null;
		}
		TeamPreferences.setAuthor(dialog.author());
		commit(session, file, dialog.message(), dialog.author(), window).schedule();
		return null;
	}

	/** The job that commits {@code file}; when it is done the changed-element marks are cleared. */
	static TeamJob commit(ProgrammeSession session, Path file, String message, Author author, IWorkbenchWindow window) {
		return new TeamJob(NLS.bind(Messages.CommitHandler_job, file.getFileName()), file.getParent(), window) {
			@Override
			protected Runnable perform(IProgressMonitor monitor) throws TeamException {
				try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
					repository.add(file); // a programme new to the repository is tracked from now on
					repository.commit(message, author);
					return () -> UncommittedElements.of(session).refresh();
				}
			}
		};
	}
}
