package org.mea.jwp.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPluginContribution;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.app.WorkProgrammePerspective;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.model.Programme;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.testing.UiWait;

/**
 * UI tests in the running JWP Workbench (tycho-surefire UI harness, UI thread): the window, its
 * perspective and views, the menus, and the branding in the About dialog.
 */
@Tag("ui")
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private IWorkbenchWindow window;
	private Display display;

	@BeforeEach
	void activeWindow() {
		display = PlatformUI.getWorkbench().getDisplay();
		UiWait.until(display, TIMEOUT, "the workbench window",
				() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().forceActive();
		UiWait.flush(display);
	}

	@Test
	void windowOpensOnTheWorkProgrammePerspectiveWithItsViews() throws Exception {
		assertTrue(window.getShell().getText().startsWith("JWP Workbench"), window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page, "no active page");
		assertEquals(WorkProgrammePerspective.ID, page.getPerspective().getId());
		assertEquals("Work Programme", page.getPerspective().getLabel());
		assertTrue(page.isEditorAreaVisible(), "editor area hidden");
		for (String view : List.of(WorkProgrammePerspective.EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROP_SHEET)) {
			assertNotNull(page.findViewReference(view), "view not in the perspective: " + view);
			assertNotNull(page.findViewReference(view).getView(false), "view not created: " + view);
		}
		for (IViewReference view : page.getViewReferences()) {
			// The UI harness adds org.eclipse.ui.ide to the test runtime; the product does not ship
			// it, so a view from there would pass here and be missing for users.
			IViewDescriptor descriptor = PlatformUI.getWorkbench().getViewRegistry().find(view.getId());
			String contributor = ((IPluginContribution) descriptor).getPluginId();
			assertFalse(contributor.startsWith("org.eclipse.ui.ide"),
					"view " + view.getId() + " comes from " + contributor + ", which the product does not ship");
		}
		assertTrue(window.getShell().getImages().length >= 6, "window icons missing");

		Path shot = Screenshots.capture(display, "workbench");
		assertTrue(Files.size(shot) > 10_000, "screenshot suspiciously small: " + shot);
	}

	@Test
	void theEmbeddedProgrammeIsOpenedAndNamedInTheTitle() {
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the embedded programme", () -> context.get(ProgrammeSession.class) != null);
		Programme programme = context.get(ProgrammeSession.class).getProgramme();
		assertEquals(31, programme.activities().size());
		assertEquals("JWP Workbench \u2013 CMS-CITES Joint Work Programme 2012-2014", window.getShell().getText());
	}

	@Test
	void theTitleFollowsTheProgrammeThatIsOpen() throws Exception {
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the embedded programme", () -> context.get(ProgrammeSession.class) != null);
		ProgrammeSession original = context.get(ProgrammeSession.class);
		var other = org.mea.jwp.core.DefaultProgramme.load();
		((Programme) other.getContents().get(0)).setTitle("Another programme");
		context.set(ProgrammeSession.class, new ProgrammeSession(other));
		try {
			UiWait.until(display, TIMEOUT, "the new title",
					() -> "JWP Workbench \u2013 Another programme".equals(window.getShell().getText()));
		} finally {
			context.set(ProgrammeSession.class, original);
		}
		UiWait.until(display, TIMEOUT, "the old title", () -> window.getShell().getText().endsWith("2012-2014"));
	}

	@Test
	void menuBarOffersTheStandardMenusAndActions() {
		Menu bar = window.getShell().getMenuBar();
		assertNotNull(bar, "no menu bar");
		List<String> menus = Arrays.stream(bar.getItems()).map(WorkbenchWindowTest::label).toList();
		assertTrue(menus.containsAll(List.of("File", "Edit", "Window", "Help")), "menus: " + menus);
		assertTrue(items(bar, "Edit").containsAll(List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete")),
				"Edit menu: " + items(bar, "Edit"));
		assertTrue(items(bar, "File").containsAll(List.of("Save", "Save As...", "Exit")),
				"File menu: " + items(bar, "File"));
		assertTrue(items(bar, "Help").stream().anyMatch(s -> s.startsWith("About")),
				"Help menu: " + items(bar, "Help"));
	}

	@Test
	void resetPerspectiveBringsBackAClosedView() {
		IWorkbenchPage page = window.getActivePage();
		page.hideView(page.findViewReference(IPageLayout.ID_PROP_SHEET));
		UiWait.flush(display);
		assertNull(page.findViewReference(IPageLayout.ID_PROP_SHEET), "Properties still open");
		page.resetPerspective();
		UiWait.flush(display);
		assertNotNull(page.findViewReference(IPageLayout.ID_PROP_SHEET), "Properties not restored");
	}

	@Test
	void aboutDialogShowsTheProductBranding() throws Exception {
		AtomicReference<String> title = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		// the About dialog is modal: inspect and close it from inside its own event loop
		display.asyncExec(() -> {
			try {
				UiWait.until(display, TIMEOUT, "the About dialog", () -> aboutShell() != null);
				Shell about = aboutShell();
				title.set(about.getText());
				Screenshots.capture(display, "about");
				about.close();
			} catch (Throwable e) {
				failure.set(e);
				Shell about = aboutShell();
				if (about != null) {
					about.close();
				}
			}
		});
		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
		assertEquals("About JWP Workbench", title.get());
	}

	private Shell aboutShell() {
		return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> s.getText().startsWith("About")).findFirst().orElse(null);
	}

	private static List<String> items(Menu bar, String menu) {
		MenuItem top = Arrays.stream(bar.getItems()).filter(i -> label(i).equals(menu)).findFirst().orElseThrow();
		Menu sub = top.getMenu();
		// menus are filled lazily when shown
		sub.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> labels = Arrays.stream(sub.getItems()).map(WorkbenchWindowTest::label).filter(s -> !s.isEmpty())
				.toList();
		sub.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		return labels;
	}

	private static String label(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").trim();
	}
}
