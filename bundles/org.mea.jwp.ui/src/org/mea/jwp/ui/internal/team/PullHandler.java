package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.PullResult;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.ResolveConflictsHandler;

/**
 * Team > Pull: fetches what the others pushed and merges it into the programme, element by element.
 * The programme is saved first (the merge rewrites its file) and read again afterwards; what the
 * merge could not settle opens in the Merge Conflicts view, and nothing is committed until the
 * user has resolved it, saved and committed.
 */
public class PullHandler extends AbstractHandler {

	static final String TITLE = Messages.PullHandler_title;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		TeamSupport.Target target = TeamSupport.target(event, TITLE, Messages.PullHandler_why, true);
		if (target != null) {
			pull(target.session(), target.file(), target.author(), SecureCredentials.ofWorkbench(), target.window())
					.schedule();
		}
		return null;
	}

	/** The pull as a job; when it ends, the programme is read again and the outcome shown. */
	static TeamJob pull(ProgrammeSession session, Path file, Author author, SecureCredentials credentials,
			IWorkbenchWindow window) {
		return new TeamJob(NLS.bind(Messages.PullHandler_job, file.getFileName()), file.getParent(), window) {
			@Override
			protected Runnable perform(IProgressMonitor monitor) throws TeamException {
				PullResult result;
				try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
					result = repository.pull(author, credentials, monitor);
				}
				return () -> afterPull(session, result, this);
			}
		};
	}

	/** Reads the merged file into the programme and says what happened; conflicts go to their view. */
	static void afterPull(ProgrammeSession session, PullResult result, TeamJob job) {
		if (result.status() != PullResult.Status.UP_TO_DATE && !reread(session, job)) {
			return;
		}
		UncommittedElements.of(session).refresh();
		String name = session.getFile().getFileName().toString();
		switch (result.status()) {
		case UP_TO_DATE ->
			MessageDialog.openInformation(job.shell(), TITLE, NLS.bind(Messages.PullHandler_upToDate, name));
		case FAST_FORWARD ->
			MessageDialog.openInformation(job.shell(), TITLE, NLS.bind(Messages.PullHandler_fastForward, name));
		case MERGED -> MessageDialog.openInformation(job.shell(), TITLE, Messages.PullHandler_merged);
		case CONFLICTS -> showConflicts(session, result, job);
		}
	}

	/** Reads the programme's file again after a merge changed it; false (and a message) when it cannot. */
	static boolean reread(ProgrammeSession session, TeamJob job) {
		try {
			session.reload();
			UncommittedElements.of(session).refresh();
			return true;
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(job.shell(), job.getName(),
					NLS.bind(Messages.PullHandler_unreadable, e.getMessage()));
			return false;
		}
	}

	private static void showConflicts(ProgrammeSession session, PullResult result, TeamJob job) {
		String file = session.getFile().getFileName().toString();
		if (!result.conflicts().stream().anyMatch(path -> path.endsWith(file))) {
			MessageDialog.openWarning(job.shell(), TITLE,
					NLS.bind(Messages.PullHandler_otherFiles, String.join(", ", result.conflicts()))); //$NON-NLS-1$
			return;
		}
		// the three versions stay in Git's index until the commit: the view merges them again and shows what is left
		ResolveConflictsHandler.open(job.window().getActivePage(), session);
	}
}
