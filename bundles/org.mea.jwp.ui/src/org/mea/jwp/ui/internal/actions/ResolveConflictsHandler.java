package org.mea.jwp.ui.internal.actions;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mea.jwp.core.merge.MergeResult;
import org.mea.jwp.core.merge.ProgrammeMerge;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.team.ConflictVersions;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.MergeConflictsView;

/**
 * Programme > Resolve Merge Conflicts: when a merge outside the workbench (a {@code git pull} with
 * {@code jwp merge-driver}) left the open programme's file in conflict, merges the three versions
 * Git keeps in its index again, element by element, and shows what is left in the Merge Conflicts
 * view, where one Complete Merge applies the result.
 */
public class ResolveConflictsHandler extends AbstractHandler {

	static final String TITLE = Messages.ResolveConflictsHandler_title;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null) {
			throw new ExecutionException(Messages.ResolveConflictsHandler_noProgramme);
		}
		open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), session);
		return null;
	}

	/** Shows the conflicts of the merge in progress on {@code session}'s file; says so when there is none. */
	public static MergeConflictsView open(IWorkbenchPage page, ProgrammeSession session) {
		Path file = session.getFile();
		if (file == null) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), TITLE,
					Messages.ResolveConflictsHandler_notSaved);
			return null;
		}
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			ConflictVersions versions = repository.conflictVersions(file);
			if (versions == null) {
				MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), TITLE,
						NLS.bind(Messages.ResolveConflictsHandler_noMerge, file.getFileName()));
				return null;
			}
			MergeResult merge = ProgrammeMerge.merge(load(versions.base(), "base"), load(versions.ours(), "ours"), //$NON-NLS-1$ //$NON-NLS-2$
					load(versions.theirs(), "theirs")); //$NON-NLS-1$
			return MergeConflictsView.show(page, session, merge,
					NLS.bind(Messages.ResolveConflictsHandler_theirs, file.getFileName()));
		} catch (TeamException | ProgrammeFileException | PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), TITLE, e.getMessage());
			return null;
		}
	}

	private static Programme load(byte[] bytes, String side) throws ProgrammeFileException {
		if (bytes == null) {
			return null; // both sides added the file: there is no common ancestor
		}
		return ProgrammeStore.programme(
				new ProgrammeStore().load(new ByteArrayInputStream(bytes), URI.createURI(side + ".jwp"), null)); //$NON-NLS-1$
	}
}
