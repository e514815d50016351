package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;

/**
 * File > New Programme > Continue from...: the programme of the next period from the open one,
 * as {@code jwp continue} makes it ({@link Continuation}). The new file is written; the open
 * programme records its successor, where each activity went and its final baseline, as one command
 * that Undo takes back, and is saved when it has a file; then the new programme is opened.
 */
public class ContinueProgrammeWizard extends Wizard {

	private final ProgrammeSession session;
	private ContinueProgrammePage page;

	public ContinueProgrammeWizard(ProgrammeSession session) {
		this.session = session;
		setWindowTitle(Messages.ContinueProgrammeWizard_windowTitle);
	}

	@Override
	public void addPages() {
		page = new ContinueProgrammePage(session.getProgramme(), folder());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Programme earlier = session.getProgramme();
		List<Activity> carried = page.getCarried();
		Path file = page.getFile();
		Programme next = Continuation.from(earlier, page.getFirstYear(), page.getLastYear(), carried);
		Resource resource = JwpResourceFactory.newResource(URI.createFileURI(file.toString()));
		resource.getContents().add(next);
		try {
			new ProgrammeStore().save(resource, file);
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(getShell(), Messages.ContinueProgrammeWizard_windowTitle, e.getMessage());
			return false;
		}
		if (session.getFile() != null) {
			session.getCommandStack().execute(Continuation.markCarriedForward(session.getEditingDomain(), earlier, next,
					carried, LocalDate.now()));
			try {
				session.saveAs(session.getFile());
			} catch (ProgrammeFileException e) {
				MessageDialog.openError(getShell(), Messages.ContinueProgrammeWizard_windowTitle,
						NLS.bind(Messages.ContinueProgrammeWizard_notRecorded, file, e.getMessage()));
				return false;
			}
		}
		return OpenProgrammeHandler.open(file, getShell());
	}

	/** Where the new programme's file is suggested: beside the open programme's, else in the home folder. */
	private Path folder() {
		Path file = session.getFile();
		return file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
				: Path.of(System.getProperty("user.home")); //$NON-NLS-1$
	}

	/** The page, for tests. */
	ContinueProgrammePage getPage() {
		return page;
	}
}
