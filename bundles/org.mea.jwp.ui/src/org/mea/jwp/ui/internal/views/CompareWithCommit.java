package org.mea.jwp.ui.internal.views;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.team.HistoryEntry;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Compare with This Commit: the programme file as a commit of its history has it, compared in the
 * Compare Baselines view with the open programme (saved or not), as if that version were a
 * baseline. A version that cannot be read is named with the reason in an error dialog.
 */
final class CompareWithCommit {

	static final String TITLE = Messages.CompareWithCommit_title;

	private CompareWithCommit() {
	}

	/** Shows what changed in {@code session}'s programme since {@code entry}'s commit. */
	static CompareView show(IWorkbenchPage page, ProgrammeSession session, HistoryEntry entry) {
		Path file = session.getFile();
		String commit = entry.commitId().substring(0, 7);
		CompareView[] shown = new CompareView[1];
		// one version is read in moments even for a large programme; the busy cursor says it is coming
		BusyIndicator.showWhile(page.getWorkbenchWindow().getShell().getDisplay(), () -> {
			try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
				byte[] bytes = repository.fileAt(entry.commitId(), file);
				Resource then = new ProgrammeStore().load(new ByteArrayInputStream(bytes),
						URI.createURI(commit + '/' + file.getFileName()), file);
				String name = NLS.bind(Messages.CompareWithCommit_version, new Object[] { commit, entry.summary(),
						entry.date().format(Formats.day(DateTimeFormatter.ISO_LOCAL_DATE)) });
				shown[0] = CompareView.show(page, session, ProgrammeStore.programme(then), name);
				then.unload(); // the view keeps a record of it, not the programme
			} catch (TeamException | ProgrammeFileException | PartInitException e) {
				MessageDialog.openError(page.getWorkbenchWindow().getShell(), TITLE, NLS.bind(
						Messages.CompareWithCommit_cannotCompare,
						new Object[] { commit, entry.summary(), e.getMessage() }));
			}
		});
		return shown[0];
	}
}
