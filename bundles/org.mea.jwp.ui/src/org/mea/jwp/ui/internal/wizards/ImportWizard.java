package org.mea.jwp.ui.internal.wizards;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormatException;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * File > Import > JWP Workbench > Programme data: reads a file with an importer of the registry
 * (built-in or contributed by a plug-in) into the open programme. The first page chooses importer
 * and file; when the second page is shown the importer makes its plan, which changes nothing, and the second page shows
 * every problem of the file. Finish executes the plan's one command on the programme's command
 * stack, so Edit > Undo takes the whole import back.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	/** Wizard id (File > Import). */
	public static final String ID = "org.mea.jwp.ui.wizards.import"; //$NON-NLS-1$

	private ProgrammeSession session;
	private ImportFilePage filePage;
	private ImportReviewPage reviewPage;
	/** What the shown plan was made from: importer, file and the file's time, so that a change is noticed. */
	private List<Object> planned;

	public ImportWizard() {
		setWindowTitle(Messages.ImportWizard_windowTitle);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session = workbench.getService(IEclipseContext.class).get(ProgrammeSession.class);
	}

	@Override
	public void addPages() {
		reviewPage = new ImportReviewPage(this::plan);
		filePage = new ImportFilePage(session, () -> {
			if (reviewPage.getControl() != null) {
				reviewPage.invalidate();
			}
		});
		addPage(filePage);
		addPage(reviewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == reviewPage && reviewPage.isPageComplete();
	}

	/**
	 * Makes the plan of the chosen importer for the chosen file, unless the one shown was made from
	 * the same choice. The model is only read.
	 */
	void plan() {
		DataFormat importer = filePage.getFormat();
		Path file = filePage.getFile();
		if (session == null || importer == null || file == null || !filePage.isPageComplete()) {
			return;
		}
		List<Object> choice = List.of(importer, file, stamp(file));
		if (reviewPage.hasPlan() && Objects.equals(choice, planned)) {
			return;
		}
		planned = choice;
		try (InputStream input = new BufferedInputStream(Files.newInputStream(file))) {
			ImportPlan plan = DataFormats.get().plan(importer, session.getProgramme(), input,
					file.getFileName().toString());
			// made right after the plan, as ImportPlan asks: it applies what the plan found
			Command command = plan.canImport() ? plan.command(session.getEditingDomain()) : null;
			reviewPage.show(plan, command, null);
		} catch (IOException e) {
			reviewPage.show(null, null, NLS.bind(Messages.ImportWizard_cannotRead, file, e.getMessage()));
		} catch (DataFormatException e) {
			reviewPage.show(null, null, e.getMessage());
		}
	}

	private static Object stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	@Override
	public boolean performFinish() {
		Command command = reviewPage.getCommand();
		if (command == null || !command.canExecute()) {
			return false;
		}
		session.getCommandStack().execute(command);
		return true;
	}

	ImportFilePage getFilePage() {
		return filePage;
	}

	ImportReviewPage getReviewPage() {
		return reviewPage;
	}
}
