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
import org.mea.jwp.team.PushResult;
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
				PushResult result;
				try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
					result = repository.push(credentials, monitor);
				}
				return () -> MessageDialog.openInformation(shell(), TITLE, result.status() + " " + result.message()); //$NON-NLS-1$
			}
		};
	}
}
