package org.mea.jwp.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.tests.RunningWorkbench;

/** File > New Programme: empty or a copy of 2012–2014, checked fields, and the new file opened. */
@ExtendWith(ScreenshotOnFailure.class)
class NewProgrammeWizardTest {

	@TempDir
	Path dir;

	@Test
	void createsAnEmptyProgrammeOrACopyAndRefusesToOverwrite() throws Exception {
		Path empty = dir.resolve("empty.jwp");
		NewProgrammeWizard.create(empty, false, "JWP 2015-2020", 2015, 2020);
		Programme programme = ProgrammeStore.programme(new ProgrammeStore().load(empty));
		assertEquals("JWP 2015-2020", programme.getTitle());
		assertEquals(2020, programme.getPeriodEnd());
		assertTrue(programme.getThemes().isEmpty());

		Path copy = dir.resolve("copy.jwp");
		NewProgrammeWizard.create(copy, true, "Next programme", 0, 0);
		Programme copied = ProgrammeStore.programme(new ProgrammeStore().load(copy));
		assertEquals("Next programme", copied.getTitle());
		assertEquals(31, copied.activities().size());

		ProgrammeFileException exists = assertThrows(ProgrammeFileException.class,
				() -> NewProgrammeWizard.create(copy, false, "x", 2015, 2016));
		assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
		assertEquals(31, ProgrammeStore.programme(new ProgrammeStore().load(copy)).activities().size(), "untouched");
	}

	@org.junit.jupiter.api.AfterEach
	void backToTheEmbeddedProgramme() throws Exception {
		RunningWorkbench.openEmbeddedProgramme();
	}

	/**
	 * File > New Programme > Programme... (the New Programme wizard) in the menu bar, as a user goes: the fields
	 * typed into, what is wrong named while Finish stays off, then Finish pressed; the new file is
	 * what the workbench has open, and what is on disk carries the title typed.
	 */
	@Test
	void theWizardNamesWhatIsWrongAndOpensTheNewProgramme() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, Duration.ofSeconds(30), "the programme",
				() -> workbench.getActiveWorkbenchWindow() != null
						&& context.get(ProgrammeSession.class) != null);
		ProgrammeSession before = context.get(ProgrammeSession.class);
		// with unsaved changes Finish would first ask whether to save them (not what this test is about)
		assertFalse(before.isDirty(), "the open programme has no unsaved changes");
		Menu file = item(workbench.getActiveWorkbenchWindow().getShell().getMenuBar(), "File").getMenu();
		file.notifyListeners(SWT.Show, new Event()); // the menu fills its items when it opens
		Menu submenu = item(file, "New Programme").getMenu();
		submenu.notifyListeners(SWT.Show, new Event());
		// the handler of org.eclipse.ui.newWizard names the item after the wizard (WizardHandler.updateElement)
		MenuItem newProgramme = item(submenu, "Programme...");
		Path target = dir.resolve("new.jwp");

		Dialogs.whileOpen(display, "New Programme", () -> newProgramme.notifyListeners(SWT.Selection, new Event()),
				shell -> {
					NewProgrammePage page = (NewProgrammePage) ((WizardDialog) shell.getData()).getCurrentPage();
					type(page.getFileField(), dir.resolve("not-a-programme.txt").toString());
					assertEquals("File: the name must end with .jwp", page.getErrorMessage());
					assertFalse(Dialogs.isEnabled(shell, "Finish"), "no Finish while the file is wrong");
					type(page.getFileField(), dir.resolve("missing-folder/p.jwp").toString());
					assertTrue(page.getErrorMessage().contains("does not exist"), page.getErrorMessage());
					assertFalse(Dialogs.isEnabled(shell, "Finish"));
					type(page.getFileField(), target.toString());
					type(page.getTitleField(), "Joint Work Programme 2015-2020");
					assertEquals(null, page.getErrorMessage());
					Dialogs.press(shell, "Finish");
				});
		file.notifyListeners(SWT.Hide, new Event());

		ProgrammeSession opened = context.get(ProgrammeSession.class);
		assertNotSame(before, opened, "another programme is open");
		assertNotNull(opened.getFile(), "the new programme is a file's");
		assertEquals(target.toAbsolutePath(), opened.getFile().toAbsolutePath());
		assertEquals("Joint Work Programme 2015-2020", opened.getProgramme().getTitle());
		Programme onDisk = ProgrammeStore.programme(new ProgrammeStore().load(target));
		assertEquals("Joint Work Programme 2015-2020", onDisk.getTitle(), "the title typed, in the file");
		assertEquals(31, onDisk.activities().size(), "a copy of 2012-2014, the choice by default");
	}

	/** What typing does to a field: the text replaced, Modify sent (the page checks on Modify). */
	private static void type(Text field, String text) {
		assertTrue(field.isEnabled(), "the field is enabled");
		field.setText(text);
	}

	private static MenuItem item(Menu menu, String label) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").split("\t")[0].equals(label))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no item " + label + " in " + Arrays.toString(menu.getItems())));
	}
}
