package org.mea.jwp.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/** File > New > Programme: empty or a copy of 2012–2014, checked fields, and the new file opened. */
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
		PlatformUI.getWorkbench().getService(IEclipseContext.class).set(ProgrammeSession.class,
				new ProgrammeSession(org.mea.jwp.core.DefaultProgramme.load()));
		UiWait.flush(PlatformUI.getWorkbench().getDisplay());
	}

	@Test
	void theWizardNamesWhatIsWrongAndOpensTheNewProgramme() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, Duration.ofSeconds(30), "the programme", () -> context.get(ProgrammeSession.class) != null);
		NewProgrammeWizard wizard = new NewProgrammeWizard();
		wizard.init(workbench, null);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			NewProgrammePage page = (NewProgrammePage) wizard.getPages()[0];
			page.getFileField().setText(dir.resolve("not-a-programme.txt").toString());
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().startsWith("File:"), page.getErrorMessage());
			page.getFileField().setText(dir.resolve("missing-folder/p.jwp").toString());
			assertTrue(page.getErrorMessage().contains("does not exist"), page.getErrorMessage());
			Path target = dir.resolve("new.jwp");
			page.getFileField().setText(target.toString());
			page.getTitleField().setText("Joint Work Programme 2015-2020");
			assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
			assertTrue(wizard.performFinish());
			assertTrue(Files.exists(target));
			ProgrammeSession opened = context.get(ProgrammeSession.class);
			assertNotNull(opened.getFile());
			assertEquals(target.toAbsolutePath(), opened.getFile().toAbsolutePath());
			assertEquals("Joint Work Programme 2015-2020", opened.getProgramme().getTitle());
		} finally {
			dialog.close();
		}
	}
}
