package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.CredentialsProvider;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.PushResult;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Team > Share Programme: puts the saved programme under Git — in the repository that already
 * holds its folder, or a new one there — with the merge attribute that sends it to the model merge
 * and the ignore lines for its backups; commits it; and, given a server, pushes it there.
 */
public class ShareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		TeamSupport.Target target = TeamSupport.target(event, ShareDialog.TITLE, Messages.ShareHandler_why, true);
		if (target == null) {
			return null;
		}
		Path folder = target.file().getParent();
		java.io.File existing = new FileRepositoryBuilder().findGitDir(folder.toFile()).getGitDir();
		String where = existing == null ? NLS.bind(Messages.ShareHandler_newRepository, folder)
				: NLS.bind(Messages.ShareHandler_existingRepository, existing.getParent());
		ShareDialog dialog = new ShareDialog(target.shell(), where);
		if (dialog.open() == Window.OK) {
			share(target.session(), target.file(), dialog.message(), dialog.server(), target.author(),
					SecureCredentials.ofWorkbench(),
					target.window()).schedule();
		}
		return null;
	}

	static TeamJob share(ProgrammeSession session, Path file, String message, String server, Author author,
			CredentialsProvider credentials, IWorkbenchWindow window) {
		return new TeamJob(NLS.bind(Messages.ShareHandler_job, file.getFileName()), file.getParent(), window) {
			@Override
			protected Runnable perform(IProgressMonitor monitor) throws TeamException {
				try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
					String commit = repository.commit(message, author);
					String outcome = NLS.bind(Messages.ShareHandler_shared, repository.workTree(),
							commit.substring(0, 7));
					if (!server.isEmpty()) {
						repository.setOrigin(server);
						PushResult pushed = repository.push(credentials, monitor);
						outcome += switch (pushed.status()) {
						case PUSHED, UP_TO_DATE -> " " + NLS.bind(Messages.ShareHandler_pushed, server); //$NON-NLS-1$
						default -> " " + NLS.bind(Messages.ShareHandler_refused, pushed.message()); //$NON-NLS-1$
						};
					}
					String shown = outcome;
					return () -> {
						UncommittedElements.of(session).refresh();
						MessageDialog.openInformation(shell(), ShareDialog.TITLE, shown);
					};
				}
			}
		};
	}
}
