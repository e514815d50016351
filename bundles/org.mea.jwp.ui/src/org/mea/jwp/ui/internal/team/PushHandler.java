package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.CredentialsProvider;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.PublishResult;
import org.mea.jwp.team.PullResult;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Team > Push: sends the commits to the server. When the others pushed first, their work is pulled
 * and merged element by element, then the merge is pushed: nobody's work is lost, and only what
 * the merge cannot settle comes back to the user, in the Merge Conflicts view.
 */
public class PushHandler extends AbstractHandler {

	static final String TITLE = "Push"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		ProgrammeSession session = TeamSupport.session(shell, TITLE);
		if (session == null) {
			return null;
		}
		if (session.getFile() == null || session.isDirty()) {
			MessageDialog.openInformation(shell, TITLE, "A push sends commits: save the programme and commit it first (Team > Commit)."); //$NON-NLS-1$
			return null;
		}
		Author author = TeamSupport.author(shell, TITLE);
		if (author != null) {
			push(session, session.getFile(), author, SecureCredentials.ofWorkbench(), window).schedule();
		}
		return null;
	}

	static TeamJob push(ProgrammeSession session, Path file, Author author, CredentialsProvider credentials, IWorkbenchWindow window) {
		return new TeamJob("Pushing " + file.getFileName(), file.getParent(), window) { //$NON-NLS-1$
			@Override
			protected Runnable perform(IProgressMonitor monitor) throws TeamException {
				PublishResult result;
				try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
					result = repository.publish(author, credentials, monitor);
				}
				return () -> afterPush(session, result, this);
			}
		};
	}

	/** Says what happened; when the others' work came in, the programme is read again (and conflicts shown). */
	static void afterPush(ProgrammeSession session, PublishResult result, TeamJob job) {
		PullResult pull = result.lastPull();
		if (pull != null && pull.status() != PullResult.Status.UP_TO_DATE) {
			if (result.status() == PublishResult.Status.CONFLICTS) {
				MessageDialog.openWarning(job.shell(), TITLE, "The others pushed first, and merging their work left conflicts: " //$NON-NLS-1$
						+ "nothing was pushed. Resolve them in the Merge Conflicts view, save, commit and push again."); //$NON-NLS-1$
				PullHandler.afterPull(session, pull, job);
				return;
			}
			PullHandler.reread(session, job);
		}
		String message = switch (result.status()) {
		case PUBLISHED -> result.merged() ? "The others had pushed first: their work was merged with yours, element by element, " //$NON-NLS-1$
				+ "and the merge pushed. The programme shows both." : "Pushed: the others get your commits with their next pull."; //$NON-NLS-1$
		case UP_TO_DATE -> "Nothing to push: the server has every commit. Commit your changes first (Team > Commit)."; //$NON-NLS-1$
		case REJECTED -> "The server refused the push: " + result.push().message(); //$NON-NLS-1$
		case CONFLICTS -> throw new IllegalStateException(); // handled above
		};
		if (result.status() == PublishResult.Status.REJECTED) {
			MessageDialog.openError(job.shell(), TITLE, message);
		} else {
			MessageDialog.openInformation(job.shell(), TITLE, message);
		}
	}
}
