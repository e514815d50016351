package org.mea.jwp.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.Keyboard;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.NativeFileDialogs;

/**
 * A whole task done with the keyboard alone, every key posted to the window system as a keyboard
 * sends it ({@link Keyboard}): open a programme (Ctrl+O), find B6 with the editor's filter, change
 * its status, add a progress entry from the context menu (Shift+F10), save (Ctrl+S), and generate
 * the progress report (Ctrl+Alt+R). No widget is clicked or called; the tests only watch where the
 * focus is, to know when to stop pressing Tab. The window system's file dialog is not SWT's and is
 * answered with the file, as the other UI tests do.
 */
@ExtendWith(ScreenshotOnFailure.class)
class KeyboardOnlyTaskTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	Path dir;

	private IWorkbench workbench;
	private Display display;

	@AfterEach
	void embeddedProgrammeAgain() throws Exception {
		NativeFileDialogs.open = FileDialog::open;
		workbench.getService(IEclipseContext.class).set(ProgrammeSession.class,
				new ProgrammeSession(DefaultProgramme.load()));
		UiWait.flush(display);
	}

	@Test
	void openFilterChangeStatusAddProgressSaveAndReportWithKeysAlone() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		Path file = dir.resolve("keyboard.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), file);
		Keyboard.giveFocusTo(workbench.getActiveWorkbenchWindow().getShell());
		Keyboard.settle(display);

		// open the programme: Ctrl+O, the file dialog answered with the file
		NativeFileDialogs.open = dialog -> file.toString();
		Keyboard.press(display, 'o', SWT.CTRL);
		UiWait.until(display, TIMEOUT, "the programme opened from " + file, () -> file.equals(session().getFile()));
		ProgrammeSession session = session();
		Activity b6 = session.getProgramme().findActivity("B6");
		int entries = b6.getProgress().size();

		// find B6: F12 to the editor, Ctrl+Page Down to its Elements page, Tab to the filter, type, Down
		org.eclipse.ui.IWorkbenchPage parts = workbench.getActiveWorkbenchWindow().getActivePage();
		UiWait.until(display, TIMEOUT, "the editor", () -> parts.getActiveEditor() != null);
		Keyboard.press(display, SWT.F12);
		assertSame(parts.getActiveEditor(), parts.getActivePart(), "F12: the editor is active");
		Keyboard.press(display, SWT.PAGE_DOWN, SWT.CTRL); // the filter is on this page only
		tabUntil("the filter of the Elements page", c -> c instanceof Text t && (t.getStyle() & SWT.SEARCH) != 0
				&& "Section".equals(t.getParent().getParent().getClass().getSimpleName()), SWT.TAB); //$NON-NLS-1$
		Keyboard.type(display, "b6");
		Keyboard.press(display, SWT.ARROW_DOWN);
		Tree tree = (Tree) display.getFocusControl();
		assertSame(b6, tree.getSelection()[0].getData(), "Down in the filter: the first activity found, B6");

		// change its status: Tab to the Status field, Down for the next status
		tabUntil("B6's Status field", c -> c instanceof Combo && "status".equals(c.getData("org.mea.jwp.feature")), //$NON-NLS-1$//$NON-NLS-2$
				SWT.TAB);
		ActivityStatus before = b6.getStatus();
		Keyboard.press(display, SWT.ARROW_DOWN);
		UiWait.until(display, TIMEOUT, "B6's status changed", () -> b6.getStatus() != before);
		assertEquals(ActivityStatus.values()[before.ordinal() + 1], b6.getStatus());

		// add a progress entry: back to the tree, Shift+F10, New Child, Progress Entry, Enter
		tabUntil("the tree", c -> c == tree, SWT.TAB, SWT.SHIFT);
		AtomicReference<String> armed = new AtomicReference<>("");
		Listener arm = event -> armed.set(((MenuItem) event.widget).getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		display.addFilter(SWT.Arm, arm);
		try {
			Keyboard.press(display, SWT.F10, SWT.SHIFT);
			Keyboard.pressInMenu(display, 'n'); // New Child, by its mnemonic
			for (int i = 0; i < 10 && !armed.get().startsWith("Progress Entry"); i++) { //$NON-NLS-1$
				Keyboard.pressInMenu(display, SWT.ARROW_DOWN);
			}
			assertTrue(armed.get().startsWith("Progress Entry"), "the menu reached Progress Entry: " + armed.get()); //$NON-NLS-1$ //$NON-NLS-2$
			Keyboard.pressInMenu(display, SWT.CR);
		} finally {
			display.removeFilter(SWT.Arm, arm);
		}
		UiWait.until(display, TIMEOUT, "a progress entry added to B6", () -> b6.getProgress().size() == entries + 1);

		// save: Ctrl+S
		Keyboard.press(display, 's', SWT.CTRL);
		UiWait.until(display, TIMEOUT, "the programme saved", () -> !session.isDirty());
		Activity saved = ProgrammeStore.programme(new ProgrammeStore().load(file)).findActivity("B6");
		assertEquals(b6.getStatus(), saved.getStatus(), "the file has B6's new status");
		assertEquals(entries + 1, saved.getProgress().size(), "the file has the new progress entry");

		// generate the progress report: Ctrl+Alt+R, Tab to the file field, type it, Tab to "Open", Space, Enter
		Path report = dir.resolve("progress.pdf");
		assertTrue(report.toString().matches("[a-z0-9/.-]+"), "typed as it is: " + report); //$NON-NLS-1$ //$NON-NLS-2$
		Dialogs.whileOpen(display, () -> Keyboard.press(display, 'r', SWT.CTRL, SWT.ALT), shell -> {
			GenerateReportWizard wizard = (GenerateReportWizard) ((WizardDialog) shell.getData()).getCurrentPage()
					.getWizard();
			GenerateReportPage page = (GenerateReportPage) wizard.getPages()[0];
			assertTrue(page.getDesign().id().endsWith("progress"), //$NON-NLS-1$
					"the progress report is proposed: " + page.getDesign().id()); //$NON-NLS-1$
			tabUntil("the output file field", c -> c == page.getOutputField(), SWT.TAB);
			Keyboard.press(display, 'a', SWT.CTRL);
			Keyboard.type(display, report.toString());
			assertEquals(report.toString(), page.getOutputField().getText());
			tabUntil("the Open check box", c -> c == page.getOpenButton(), SWT.TAB);
			Keyboard.press(display, ' ');
			assertFalse(page.isOpenWhenDone(), "Space unchecked Open");
			Keyboard.press(display, SWT.CR); // Finish, the default button
			UiWait.until(display, TIMEOUT, "the report written", () -> shell.isDisposed() && Files.exists(report));
		});
		UiWait.until(display, TIMEOUT, "the report written", () -> Files.exists(report) && size(report) > 1000);
		String text = pdfText(report);
		assertTrue(text.contains("B6"), "the report lists B6"); //$NON-NLS-1$
		assertNotEquals(-1, text.indexOf(org.mea.jwp.ui.internal.views.Formats.literal(b6.getStatus())),
				"the report gives B6's new status");
	}

	private ProgrammeSession session() {
		return workbench.getService(IEclipseContext.class).get(ProgrammeSession.class);
	}

	/** Presses {@code key} (with modifiers) until the focus is on the control {@code wanted} describes. */
	private void tabUntil(String what, Predicate<Control> wanted, int key, int... modifiers) {
		for (int i = 0; i < 40; i++) {
			if (display.getFocusControl() != null && wanted.test(display.getFocusControl())) {
				return;
			}
			Keyboard.press(display, key, modifiers);
		}
		StringBuilder chain = new StringBuilder();
		for (Control c = display.getFocusControl(); c != null; c = c.getParent()) {
			chain.append(" < ").append(c.getClass().getSimpleName());
		}
		throw new AssertionError("40 presses of Tab did not reach " + what + "; the focus is on " + chain //$NON-NLS-1$ //$NON-NLS-2$
				+ " in " + workbench.getActiveWorkbenchWindow().getActivePage().getActivePart().getTitle()); //$NON-NLS-1$
	}

	private static String pdfText(Path pdf) throws Exception {
		org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(pdf));
		try {
			org.openpdf.text.pdf.parser.PdfTextExtractor extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(
					reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page).replace('\u00a0', ' ')).append('\n');
			}
			return text.toString();
		} finally {
			reader.close();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (java.io.IOException e) {
			return 0;
		}
	}
}
