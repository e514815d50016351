package org.mea.jwp.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;

/**
 * File > Import > JWP Workbench > Data into the Programme, in the running workbench, on the
 * species listing importer: a malformed file shows its problems per line and changes nothing;
 * errors have to be accepted, a critical problem blocks; Finish imports in one command that the
 * workbench's Edit > Undo takes back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final String SPECIES = "org.mea.jwp.core.species.csv"; //$NON-NLS-1$

	/** The malformed listing of the importer's own test: errors on lines 3, 5 and 6, a warning on 7. */
	private static final String MALFORMED = """
			Scientific Name,Rank,CITES Appendix,CMS Appendix,Common Names
			Rhincodon typus,species,II,II,whale shark; Whale Shark
			Carcharodon carcharias,species,IV,,great white shark
			Panthera leo,species,II,,lion
			,species,I,,no name
			Uncia uncia,species
			Cetorhinus maximus,variety,II,II,basking shark; Basking Shark
			"""; //$NON-NLS-1$

	@TempDir
	Path dir;

	private IWorkbench workbench;
	private IWorkbenchWindow window;
	private Display display;
	private ProgrammeSession session;
	private Programme programme;
	private Command undoBefore;
	private WizardDialog dialog;
	private ImportWizard wizard;

	@BeforeEach
	void openWizard() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme editor", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null
				&& ProgrammeEditors.find(workbench.getActiveWorkbenchWindow().getActivePage(),
						context.get(ProgrammeSession.class)) != null);
		window = workbench.getActiveWorkbenchWindow();
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		undoBefore = session.getCommandStack().getUndoCommand();
		// the editor is the active part, so that Edit > Undo is its command stack's
		IWorkbenchPage page = window.getActivePage();
		page.activate(ProgrammeEditors.find(page, session));
		// created from its declaration, as File > Import does
		IWizardDescriptor descriptor = workbench.getImportWizardRegistry().findWizard(ImportWizard.ID);
		try {
			wizard = (ImportWizard) descriptor.createWizard();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
		wizard.init(workbench, StructuredSelection.EMPTY);
		dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void closeAndUndo() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		while (session.getCommandStack().canUndo() && session.getCommandStack().getUndoCommand() != undoBefore) {
			session.getCommandStack().undo();
		}
		UiWait.flush(display);
	}

	/** Chooses the importer and the file on the first page and presses Next. */
	private ImportReviewPage review(String importer, Path file) {
		ImportFilePage first = wizard.getFilePage();
		first.getFormatViewer()
				.setSelection(new StructuredSelection(DataFormats.get().importer(importer).orElseThrow()), true);
		first.getFileField().setText(file.toString());
		assertTrue(first.isPageComplete(), String.valueOf(first.getErrorMessage()));
		Dialogs.press(dialog.getShell(), "Next >");
		UiWait.flush(display);
		assertSame(wizard.getReviewPage(), dialog.getCurrentPage());
		return wizard.getReviewPage();
	}

	private static List<String> rows(ImportReviewPage page) {
		return Arrays.stream(page.getProblemsViewer().getTable().getItems())
				.map((TableItem item) -> item.getText(0) + " " + item.getText(1) + ": " + item.getText(2)).toList();
	}

	@Test
	void aMalformedListingShowsEachProblemChangesNothingAndImportsOnlyWhenAccepted() throws Exception {
		Path file = dir.resolve("listing.csv");
		Files.writeString(file, MALFORMED, StandardCharsets.UTF_8);
		Programme before = EcoreUtil.copy(programme);
		int taxa = programme.getTaxa().size();

		ImportReviewPage review = review(SPECIES, file);
		List<String> rows = rows(review);
		assertEquals(4, rows.size(), rows.toString());
		assertTrue(rows.get(0).startsWith("3 error: ") && rows.get(0).contains("\"IV\""), rows.get(0));
		assertTrue(rows.get(1).startsWith("5 error: ") && rows.get(1).contains("scientific name"), rows.get(1));
		assertTrue(rows.get(2).startsWith("6 error: ") && rows.get(2).contains("2 values"), rows.get(2));
		assertTrue(rows.get(3).startsWith("7 warning: ") && rows.get(3).contains("\"variety\""), rows.get(3));
		assertTrue(review.getSummaryLabel().getText().contains("1 taxon added, 2 updated; 3 rows skipped"),
				review.getSummaryLabel().getText());
		Button accept = review.getAcceptErrorsButton();
		assertTrue(accept.isEnabled());
		assertFalse(accept.getSelection());
		assertEquals(IMessageProvider.WARNING, review.getMessageType());
		assertTrue(review.getMessage().startsWith("3 rows with errors will be skipped"), review.getMessage());
		assertFalse(wizard.canFinish(), "errors must be accepted first");
		assertFalse(Dialogs.isEnabled(dialog.getShell(), "Finish"));
		assertTrue(EcoreUtil.equals(before, programme), "nothing changed yet");
		assertSame(undoBefore, session.getCommandStack().getUndoCommand());

		accept.setSelection(true);
		accept.notifyListeners(SWT.Selection, new Event());
		assertTrue(wizard.canFinish());
		// the README's picture: large enough for the messages, no row selected
		dialog.getShell().setBounds(0, 0, 1040, 560);
		review.getProblemsViewer().getTable().deselectAll();
		// GTK animates state changes (the tick, the enabled Finish button) for a moment; the
		// picture is taken after that, or it shows them half-way. Only the picture waits for it.
		long changed = System.nanoTime();
		UiWait.until(display, TIMEOUT, "GTK's transitions", () -> System.nanoTime() - changed > 800_000_000L);
		Screenshots.print(dialog.getShell(), "import-wizard");
		assertTrue(EcoreUtil.equals(before, programme), "still nothing changed");

		Dialogs.press(dialog.getShell(), "Finish");
		UiWait.flush(display);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closes");
		assertEquals(taxa + 1, programme.getTaxa().size(), "one taxon added, as the plan said");
		assertFalse(EcoreUtil.equals(before, programme));
		assertNotSame(undoBefore, session.getCommandStack().getUndoCommand());
		assertEquals("Import species from listing.csv", session.getCommandStack().getUndoCommand().getLabel());
		assertTrue(session.isDirty());

		// Edit > Undo, the workbench command, takes the whole import back in one step
		window.getShell().forceActive();
		window.getActivePage().activate(ProgrammeEditors.find(window.getActivePage(), session));
		UiWait.flush(display);
		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		UiWait.flush(display);
		assertTrue(EcoreUtil.equals(before, programme), "one undo restores the programme");
		assertSame(undoBefore, session.getCommandStack().getUndoCommand());
	}

	@Test
	void aListingWithoutTheNameColumnCannotBeImported() throws Exception {
		Path file = dir.resolve("no-names.csv");
		Files.writeString(file, "Rank,CITES Appendix\nspecies,II\n", StandardCharsets.UTF_8);
		ImportReviewPage review = review(SPECIES, file);
		assertTrue(rows(review).get(0).contains("critical"), rows(review).toString());
		assertTrue(review.getErrorMessage().startsWith("The file cannot be imported"), review.getErrorMessage());
		assertFalse(review.getAcceptErrorsButton().isEnabled(), "a critical problem cannot be accepted");
		assertFalse(wizard.canFinish());
	}

	@Test
	void aCleanFileIsImportedWithoutQuestionsAndAnotherFileMakesANewPlan() throws Exception {
		Path clean = dir.resolve("clean.csv");
		Files.writeString(clean, "Scientific Name;CITES Appendix\nLynx lynx;II\n", StandardCharsets.UTF_8);
		Path malformed = dir.resolve("malformed.csv");
		Files.writeString(malformed, MALFORMED, StandardCharsets.UTF_8);

		ImportReviewPage review = review(SPECIES, malformed);
		assertEquals(4, rows(review).size());
		Dialogs.press(dialog.getShell(), "< Back");
		review = review(SPECIES, clean);
		assertEquals(List.of(), rows(review), "the plan of the new file");
		assertTrue(review.getSummaryLabel().getText().contains("1 taxon added, 0 updated"),
				review.getSummaryLabel().getText());
		assertFalse(review.getAcceptErrorsButton().isEnabled());
		assertTrue(wizard.canFinish());
		int taxa = programme.getTaxa().size();
		Dialogs.press(dialog.getShell(), "Finish");
		assertEquals(taxa + 1, programme.getTaxa().size());
	}
}
