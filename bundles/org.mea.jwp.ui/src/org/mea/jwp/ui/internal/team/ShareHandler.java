package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
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
		TeamSupport.Target target = TeamSupport.target(event, ShareDialog.TITLE, "Git shares files: the programme needs one.", true); //$NON-NLS-1$
		if (target == null) {
			return null;
		}
		Path folder = target.file().getParent();
		java.io.File existing = new FileRepositoryBuilder().findGitDir(folder.toFile()).getGitDir();
		String where = existing == null ? "A new Git repository is created in " + folder + "." //$NON-NLS-1$ //$NON-NLS-2$
				: "The programme is added to the Git repository " + existing.getParent() + "."; //$NON-NLS-1$ //$NON-NLS-2$
		ShareDialog dialog = new ShareDialog(target.shell(), where);
		if (dialog.open() == Window.OK) {
			share(target.session(), target.file(), dialog.message(), dialog.server(), target.author(), SecureCredentials.ofWorkbench(),
					target.window()).schedule();
		}
		return null;
	}

	static TeamJob share(ProgrammeSession session, Path file, String message, String server, Author author,
			CredentialsProvider credentials, IWorkbenchWindow window) {
		return new TeamJob("Sharing " + file.getFileName(), file.getParent(), window) { //$NON-NLS-1$
			@Override
			protected Runnable perform(IProgressMonitor monitor) throws TeamException {
				try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
					String commit = repository.commit(message, author);
					String outcome = "Shared in " + repository.workTree() + " (commit " + commit.substring(0, 7) + ")."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					if (!server.isEmpty()) {
						repository.setOrigin(server);
						PushResult pushed = repository.push(credentials, monitor);
						outcome += switch (pushed.status()) {
						case PUSHED, UP_TO_DATE -> " Pushed to " + server + ": the others can clone it from there."; //$NON-NLS-1$ //$NON-NLS-2$
						default -> " The server refused it (" + pushed.message() + "): check the address, then Team > Push."; //$NON-NLS-1$ //$NON-NLS-2$
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
