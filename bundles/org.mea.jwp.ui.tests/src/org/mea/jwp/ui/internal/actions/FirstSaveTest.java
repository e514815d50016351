package org.mea.jwp.ui.internal.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.ProgrammeExplorerView;
import org.mea.jwp.ui.tests.MenuBar;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * File > Save on the embedded programme, which has no file of its own: the first Save asks where
 * to keep the copy (the native file dialog is answered by the test), later ones write there without
 * asking; cancelling the question saves nothing.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FirstSaveTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	private IWorkbench workbench;
	private Display display;
	private IEclipseContext context;
	private IWorkbenchPage page;
	private final Function<FileDialog, String> original = NativeFileDialogs.open;
	private final List<String> proposed = new ArrayList<>();

	@BeforeEach
	void embeddedProgramme() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		context = org.mea.jwp.ui.tests.RunningWorkbench.ready();
		context.set(ProgrammeSession.class, new ProgrammeSession(DefaultProgramme.load()));
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.activate(page.showView(ProgrammeExplorerView.ID));
		UiWait.flush(display);
	}

	@AfterEach
	void restore() throws Exception {
		NativeFileDialogs.open = original;
		RunningWorkbench.openEmbeddedProgramme();
	}

	private void answer(String path) {
		NativeFileDialogs.open = dialog -> {
			proposed.add(dialog.getText() + ": " + dialog.getFileName());
			return path;
		};
	}

	private void rename(ProgrammeSession session, String title) {
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), session.getProgramme(),
				JwpPackage.Literals.PROGRAMME__TITLE, title));
		UiWait.flush(display);
	}

	@Test
	void theFirstSaveAsksWhereAndLaterOnesDoNot() throws Exception {
		ProgrammeSession session = context.get(ProgrammeSession.class);
		assertNull(session.getFile(), "the embedded programme has no file");
		rename(session, "Our copy");
		answer(dir.resolve("our-copy").toString());
		MenuBar.pick("File", "Save");
		assertEquals(List.of("Save Programme As: work-programme.jwp"), proposed, "asked once, with a name proposed");
		Path file = dir.resolve("our-copy.jwp");
		assertEquals(file, session.getFile(), "the programme now lives in the file chosen, with its extension");
		assertFalse(session.isDirty());
		assertEquals("Our copy", ProgrammeStore.programme(new ProgrammeStore().load(file)).getTitle());
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.findView(ProgrammeExplorerView.ID);
		UiWait.until(display, TIMEOUT, "the explorer naming the file",
				() -> file.toString().equals(explorer.getContentDescription()));

		rename(session, "Our copy, edited");
		MenuBar.pick("File", "Save");
		assertEquals(1, proposed.size(), "the second Save does not ask");
		assertEquals("Our copy, edited", ProgrammeStore.programme(new ProgrammeStore().load(file)).getTitle());
	}

	@Test
	void cancellingTheQuestionSavesNothing() throws Exception {
		ProgrammeSession session = context.get(ProgrammeSession.class);
		rename(session, "Not saved");
		answer(null);
		MenuBar.pick("File", "Save");
		assertEquals(1, proposed.size());
		assertTrue(session.isDirty(), "still unsaved");
		assertNull(session.getFile());
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count(), "no file written");
		}
	}
}
