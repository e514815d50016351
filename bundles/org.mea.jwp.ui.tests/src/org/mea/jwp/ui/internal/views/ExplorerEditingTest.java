package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/** Editing from the Programme Explorer: New Child / New Sibling, Delete with confirmation, Undo. */
@ExtendWith(ScreenshotOnFailure.class)
class ExplorerEditingTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private ProgrammeExplorerView view;
	private ProgrammeSession session;
	private Programme programme;

	@BeforeEach
	void explorer() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		UiWait.until(display, TIMEOUT, "the workbench window", () -> workbench.getActiveWorkbenchWindow() != null);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		view = (ProgrammeExplorerView) page.showView(ProgrammeExplorerView.ID);
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme in the explorer",
				() -> context.get(ProgrammeSession.class) != null && view.getViewer().getTree().getItemCount() > 0
				// the explorer follows a replaced programme asynchronously: wait until it shows this one
						&& view.getViewer().getInput() == context.get(ProgrammeSession.class).getResource());
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		page.activate(view);
	}

	@AfterEach
	void undoEverything() {
		while (session.getCommandStack().canUndo()) {
			session.getCommandStack().undo();
		}
	}

	@Test
	void newChildInTheSpeciesFolderAddsATaxonUndoably() {
		Object species = Arrays.stream(view.getViewer().getTree().getItem(0).getItems())
				.filter(i -> i.getText().startsWith("Species")).findFirst().orElseThrow().getData();
		view.getViewer().setSelection(new StructuredSelection(species));
		IAction newTaxon = action(menuItems(submenu(contextMenu(), "New Child")), "Taxon");
		assertTrue(newTaxon.isEnabled());
		newTaxon.run();
		assertEquals(15, programme.getTaxa().size());
		session.getCommandStack().undo();
		assertEquals(14, programme.getTaxa().size());
	}

	@Test
	void newSiblingOfAnActivityLandsInTheSameGroup() {
		var b6 = programme.findActivity("B6");
		view.getViewer().setSelection(new StructuredSelection(b6), true);
		IAction newActivity = action(menuItems(submenu(contextMenu(), "New Sibling")), "Activity");
		newActivity.run();
		assertEquals(5, ((org.mea.jwp.model.ActivityGroup) b6.eContainer()).getActivities().size(), "Sharks had B6-B9");
	}

	@Test
	void deleteRemovesTheElementAndItsReferencesAndUndoRestoresBoth() throws Exception {
		Organization interpol = programme.getOrganizations().stream().filter(o -> "INTERPOL".equals(o.getName()))
				.findFirst().orElseThrow();
		view.getViewer().setSelection(new StructuredSelection(interpol), true);
		deleteInTheTree();
		assertFalse(programme.getOrganizations().contains(interpol));
		assertFalse(programme.findActivity("B16").getPartners().contains(interpol), "references go with the element");
		session.getCommandStack().undo();
		assertTrue(programme.getOrganizations().contains(interpol));
		assertTrue(programme.findActivity("B16").getPartners().contains(interpol));
	}

	@Test
	void deletingAThemeAsksFirst() throws Exception {
		Theme c = programme.getThemes().get(2);
		view.getViewer().setSelection(new StructuredSelection(c), true);
		AtomicReference<String> question = new AtomicReference<>();
		Dialogs.answerNext(display, "Delete", "Cancel", question);
		deleteInTheTree();
		assertNotNull(question.get(), "no confirmation was asked");
		assertTrue(question.get().contains("(C) Administrative and fund-raising cooperation"), question.get());
		assertTrue(programme.getThemes().contains(c), "Cancel keeps the theme");

		Dialogs.answerNext(display, "Delete", "OK", question);
		view.getViewer().setSelection(new StructuredSelection(c), true);
		deleteInTheTree();
		assertTrue(question.get().contains("(C) Administrative and fund-raising cooperation"), question.get());
		assertFalse(programme.getThemes().contains(c));
		assertNull(programme.findActivity("C2"));
		session.getCommandStack().undo();
		assertEquals(c, programme.getThemes().get(2));
	}

	/** Edit > Delete with the tree focused (in the filter field, Delete edits the text instead). */
	private void deleteInTheTree() throws Exception {
		org.eclipse.jface.viewers.IStructuredSelection selection = view.getViewer().getStructuredSelection();
		workbench.getActiveWorkbenchWindow().getShell().forceActive();
		workbench.getActiveWorkbenchWindow().getActivePage().activate(view);
		view.getViewer().getControl().forceFocus();
		UiWait.until(display, TIMEOUT, "the tree to have the focus",
				() -> view.getViewer().getControl().isFocusControl());
		// GTK may move the tree's cursor (and selection) to the first row when the tree gets the
		// focus back from a dialog: select again what the test selected
		view.getViewer().setSelection(selection, true);
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("org.eclipse.ui.edit.delete", null);
	}

	private MenuManager contextMenu() {
		MenuManager menu = new MenuManager();
		view.getEditing().fillContextMenu(menu);
		return menu;
	}

	private static IMenuManager submenu(IMenuManager menu, String text) {
		return Arrays.stream(menu.getItems()).filter(MenuManager.class::isInstance).map(MenuManager.class::cast)
				.filter(m -> m.getMenuText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no submenu " + text));
	}

	private static List<IContributionItem> menuItems(IMenuManager menu) {
		return Arrays.asList(menu.getItems());
	}

	private static IAction action(List<IContributionItem> items, String text) {
		return items.stream().filter(ActionContributionItem.class::isInstance)
				.map(i -> ((ActionContributionItem) i).getAction()).filter(a -> text.equals(a.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no action " + text + " in "
						+ items.stream().filter(ActionContributionItem.class::isInstance)
								.map(i -> ((ActionContributionItem) i).getAction().getText()).toList()));
	}
}
