package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
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

	static final String TITLE = Messages.PushHandler_title;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		ProgrammeSession session = TeamSupport.session(shell, TITLE);
		if (session == null) {
			return null;
		}
		if (session.getFile() == null || session.isDirty()) {
			MessageDialog.openInformation(shell, TITLE, Messages.PushHandler_commitFirst);
			return null;
		}
		Author author = TeamSupport.author(shell, TITLE);
		if (author != null) {
			push(session, session.getFile(), author, SecureCredentials.ofWorkbench(), window).schedule();
		}
		return null;
	}

	static TeamJob push(ProgrammeSession session, Path file, Author author, CredentialsProvider credentials,
			IWorkbenchWindow window) {
		return new TeamJob(NLS.bind(Messages.PushHandler_job, file.getFileName()), file.getParent(), window) {
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
				MessageDialog.openWarning(job.shell(), TITLE, Messages.PushHandler_conflicts);
				PullHandler.afterPull(session, pull, job);
				return;
			}
			PullHandler.reread(session, job);
		}
		String message = switch (result.status()) {
		case PUBLISHED -> result.merged() ? Messages.PushHandler_mergedAndPushed : Messages.PushHandler_pushed;
		case UP_TO_DATE -> Messages.PushHandler_upToDate;
		case REJECTED -> NLS.bind(Messages.PushHandler_rejected, result.push().message());
		case CONFLICTS -> throw new IllegalStateException(); // handled above
		};
		if (result.status() == PublishResult.Status.REJECTED) {
			MessageDialog.openError(job.shell(), TITLE, message);
		} else {
			MessageDialog.openInformation(job.shell(), TITLE, message);
		}
	}
}
