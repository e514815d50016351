package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;

/**
 * File > New > Programme: creates a {@code .jwp} file, either an empty programme (title and
 * period) or a copy of the CMS–CITES Joint Work Programme 2012–2014 to start the next programme
 * from, and opens it.
 */
public class NewProgrammeWizard extends Wizard implements INewWizard {

	/** Wizard id (File > New). */
	public static final String ID = "org.mea.jwp.ui.wizards.newProgramme"; //$NON-NLS-1$

	private NewProgrammePage page;

	public NewProgrammeWizard() {
		setWindowTitle(Messages.NewProgrammeWizard_windowTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// nothing from the selection: a programme is a file of its own
	}

	@Override
	public void addPages() {
		page = new NewProgrammePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.getFile();
		try {
			create(file, page.isCopyOfDefault(), page.getProgrammeTitle(), page.getFirstYear(), page.getLastYear());
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(getShell(), Messages.NewProgrammeWizard_windowTitle, e.getMessage());
			return false;
		}
		return OpenProgrammeHandler.open(file, getShell());
	}

	/**
	 * Writes a new programme file: a copy of the embedded programme (retitled when a title is
	 * given) or an empty programme with the title and period.
	 */
	public static void create(Path file, boolean copyOfDefault, String title, int firstYear, int lastYear)
			throws ProgrammeFileException {
		Resource resource;
		if (copyOfDefault) {
			resource = DefaultProgramme.load();
			Programme programme = ProgrammeStore.programme(resource);
			if (title != null && !title.isBlank()) {
				programme.setTitle(title.strip());
			}
		} else {
			resource = JwpResourceFactory.newResource(URI.createFileURI(file.toAbsolutePath().toString()));
			Programme programme = JwpFactory.eINSTANCE.createProgramme();
			programme.setId("programme"); //$NON-NLS-1$
			programme.setTitle(title == null || title.isBlank() ? file.getFileName().toString() : title.strip());
			programme.setPeriodStart(firstYear);
			programme.setPeriodEnd(lastYear);
			resource.getContents().add(programme);
		}
		if (Files.exists(file)) {
			throw new ProgrammeFileException(file, 0, 0, Messages.NewProgrammeWizard_exists, null);
		}
		new ProgrammeStore().save(resource, file);
	}
}
