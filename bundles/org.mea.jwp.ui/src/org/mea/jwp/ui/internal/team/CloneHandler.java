package org.mea.jwp.ui.internal.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.team.CredentialsProvider;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;

/**
 * Team > Clone Programme: copies a shared repository (URL or folder) to a new local folder and opens
 * the programme in it; when it holds several, the user picks one.
 */
public class CloneHandler extends AbstractHandler {

	/** How deep a programme is looked for in the clone: the top folder and two below. */
	private static final int DEPTH = 3;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		CloneDialog dialog = new CloneDialog(window.getShell());
		if (dialog.open() == Window.OK) {
			clone(dialog.source(), dialog.folder(), SecureCredentials.ofWorkbench(), window).schedule();
		}
		return null;
	}

	static TeamJob clone(String source, Path folder, CredentialsProvider credentials, IWorkbenchWindow window) {
		return new TeamJob(NLS.bind(Messages.CloneHandler_job, source), folder, window) {
			@Override
			protected Runnable perform(IProgressMonitor monitor) throws TeamException {
				try (ProgrammeRepository repository = ProgrammeRepository.clone(source, folder, credentials, monitor)) {
					List<Path> programmes = programmes(repository.workTree());
					return () -> open(programmes, folder, this);
				}
			}
		};
	}

	private static List<Path> programmes(Path root) throws TeamException {
		try (Stream<Path> files = Files.find(root, DEPTH, (path, attributes) -> attributes.isRegularFile()
				&& path.getFileName().toString().endsWith(".jwp") && !path.startsWith(root.resolve(".git")))) { //$NON-NLS-1$ //$NON-NLS-2$
			return files.sorted().toList();
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.CloneHandler_unreadable, root, e.getMessage()), e);
		}
	}

	private static void open(List<Path> programmes, Path folder, TeamJob job) {
		if (programmes.isEmpty()) {
			MessageDialog.openInformation(job.shell(), CloneDialog.TITLE,
					NLS.bind(Messages.CloneHandler_noProgramme, folder));
			return;
		}
		Path chosen = programmes.get(0);
		if (programmes.size() > 1) {
			ElementListSelectionDialog choose = new ElementListSelectionDialog(job.shell(), new LabelProvider() {
				@Override
				public String getText(Object element) {
					return folder.relativize((Path) element).toString();
				}
			});
			choose.setTitle(CloneDialog.TITLE);
			choose.setMessage(Messages.CloneHandler_choose);
			choose.setElements(programmes.toArray());
			if (choose.open() != Window.OK) {
				return;
			}
			chosen = (Path) choose.getFirstResult();
		}
		OpenProgrammeHandler.open(chosen, job.shell());
	}
}
