package org.mea.jwp.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * What the programme editor and its Outline put on the screen, read from the widgets: the
 * Overview's sections and counts following a change, the Outline's structure following a new
 * activity and leading the editor, and the error overlay on the icons of the element at fault and
 * of what contains it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WhatTheEditorShowsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private Programme programme;
	private ProgrammeEditor editor;

	@BeforeEach
	void editor() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = org.mea.jwp.ui.tests.RunningWorkbench.ready();
		UiWait.until(display, TIMEOUT, "the programme editor", () -> ProgrammeEditors
				.find(workbench.getActiveWorkbenchWindow().getActivePage(),
						context.get(ProgrammeSession.class)) != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		editor = ProgrammeEditors.find(page, session);
		page.activate(editor);
	}

	@AfterEach
	void undoEverything() {
		RunningWorkbench.undoAll(session);
	}

	@Test
	void theOverviewHasItsSectionsAndItsCountsFollowAChange() {
		editor.setActivePage(OverviewPage.ID);
		Composite form = editor.getOverview().getManagedForm().getForm();
		assertEquals(List.of("General Information", "Background", "Progress at a Glance"),
				all(form, Section.class).stream().map(Section::getText).toList());
		assertEquals(programme.getTitle(), editor.getOverview().getManagedForm().getForm().getText(),
				"the form's heading");

		Table counts = editor.getOverview().getCounts();
		int completed = column(counts, "completed");
		int overdue = column(counts, "Overdue");
		TableItem themeA = counts.getItem(0);
		assertTrue(themeA.getText(0).startsWith("A. "), themeA.getText(0));
		String completedBefore = themeA.getText(completed);
		int overdueBefore = Integer.parseInt(themeA.getText(overdue));
		Label summary = all(form, Label.class).stream().filter(l -> l.getText().contains(" activities in ")).findFirst()
				.orElseThrow(() -> new AssertionError("no summary line"));
		assertTrue(summary.getText().startsWith("31 activities in 4 themes; "), summary.getText());

		// A1, overdue, is completed: theme A counts one more completed and one fewer overdue
		Activity a1 = programme.findActivity("A1");
		assertTrue(a1.isOverdue(java.time.LocalDate.of(2014, 12, 31)));
		session.getCommandStack()
				.execute(SetCommand.create(session.getEditingDomain(), a1, JwpPackage.Literals.ACTIVITY__STATUS,
						ActivityStatus.COMPLETED));
		int expectedCompleted = (completedBefore.isEmpty() ? 0 : Integer.parseInt(completedBefore)) + 1;
		UiWait.until(display, TIMEOUT, "theme A's counts after the change",
				() -> counts.getItem(0).getText(completed).equals(Integer.toString(expectedCompleted)));
		assertEquals(overdueBefore - 1 == 0 ? "" : Integer.toString(overdueBefore - 1),
				counts.getItem(0).getText(overdue));
		assertEquals(Integer.toString(expectedCompleted), counts.getItem(0).getText(completed));
	}

	@Test
	void theOutlineShowsTheStructureFollowsItAndLeadsTheEditor() throws Exception {
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		UiWait.until(display, TIMEOUT, "the programme's outline",
				() -> outline.getCurrentPage() instanceof ProgrammeOutlinePage);
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		assertEquals(programme.getThemes().size(), tree.getItemCount(), "one row per theme");
		for (int i = 0; i < tree.getItemCount(); i++) {
			Theme theme = programme.getThemes().get(i);
			assertEquals(theme, tree.getItem(i).getData());
			assertEquals(theme.getGroups().size(), tree.getItem(i).getItemCount(),
					"theme " + theme.getLetter() + "'s groups");
		}
		ActivityGroup sharks = (ActivityGroup) programme.findActivity("B6").eContainer();
		TreeItem group = find(tree, sharks);
		group.getParent().notifyListeners(SWT.Expand, expandEvent(group)); // a click on the twistie
		group.setExpanded(true);
		UiWait.flush(display);
		List<String> shown = Arrays.stream(group.getItems()).map(TreeItem::getText).toList();
		assertEquals(4, shown.size(), "B6 to B9: " + shown);
		assertTrue(shown.get(0).contains("B6"), shown.toString());

		// a new activity appears in the outline, and goes with undo
		Activity added = JwpFactory.eINSTANCE.createActivity();
		added.setCode("B9bis");
		session.getCommandStack().execute(AddCommand.create(session.getEditingDomain(), sharks,
				JwpPackage.Literals.ACTIVITY_GROUP__ACTIVITIES, added));
		UiWait.until(display, TIMEOUT, "the new activity in the outline", () -> find(tree, sharks).getItemCount() == 5);

		// choosing B8 in the outline shows it in the editor
		Activity b8 = programme.findActivity("B8");
		TreeItem b8Row = Arrays.stream(find(tree, sharks).getItems()).filter(i -> i.getData() == b8).findFirst()
				.orElseThrow();
		tree.setSelection(b8Row);
		Event click = new Event();
		click.item = b8Row;
		tree.notifyListeners(SWT.Selection, click);
		UiWait.until(display, TIMEOUT, "B8 selected in the editor", () -> editor.getElements().getBlock().getViewer()
				.getStructuredSelection() instanceof IStructuredSelection s && s.getFirstElement() == b8);
	}

	@Test
	void anErrorOverlaysTheIconOfTheActivityAndOfItsGroupAndGoesWithTheFix() {
		Activity b7 = programme.findActivity("B7");
		Activity b8 = programme.findActivity("B8");
		var viewer = editor.getElements().getBlock().getViewer();
		editor.showElement(b8);
		UiWait.flush(display);
		TreeItem b7Row = (TreeItem) viewer.testFindItem(b7);
		TreeItem b8Row = (TreeItem) viewer.testFindItem(b8);
		assertNotNull(b7Row);
		assertFalse(hasRedCorner(b7Row.getImage()), "B7 has no finding at first");
		assertTrue(samePixels(b7Row.getImage(), b8Row.getImage()), "two clean activities have the same icon");

		session.getCommandStack()
				.execute(SetCommand.create(session.getEditingDomain(), b7, JwpPackage.Literals.ACTIVITY__LEAD,
						LeadSecretariat.UNASSIGNED));
		UiWait.until(display, TIMEOUT, "the error overlay on B7",
				() -> hasRedCorner(((TreeItem) viewer.testFindItem(b7)).getImage()));
		assertFalse(hasRedCorner(((TreeItem) viewer.testFindItem(b8)).getImage()), "B8 is clean");
		// the group's label is refreshed with the tree after the validation, which may come a moment later
		UiWait.until(display, TIMEOUT, "the group holding B7 marked too",
				() -> hasRedCorner(((TreeItem) viewer.testFindItem(b7.eContainer())).getImage()));

		session.getCommandStack().undo();
		UiWait.until(display, TIMEOUT, "B7's plain icon back",
				() -> samePixels(((TreeItem) viewer.testFindItem(b7)).getImage(),
						((TreeItem) viewer.testFindItem(b8)).getImage()));
	}

	/** Whether the lower-left quarter of the icon, where the overlay goes, has the red of the error sign. */
	private static boolean hasRedCorner(Image image) {
		ImageData data = image.getImageData();
		for (int y = data.height / 2; y < data.height; y++) {
			for (int x = 0; x < data.width / 2; x++) {
				if (data.getAlpha(x, y) > 128) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, y));
					if (rgb.red > 180 && rgb.green < 90 && rgb.blue < 90) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean samePixels(Image one, Image other) {
		ImageData a = one.getImageData();
		ImageData b = other.getImageData();
		if (a.width != b.width || a.height != b.height) {
			return false;
		}
		for (int y = 0; y < a.height; y++) {
			for (int x = 0; x < a.width; x++) {
				if (!a.palette.getRGB(a.getPixel(x, y)).equals(b.palette.getRGB(b.getPixel(x, y)))
						|| a.getAlpha(x, y) != b.getAlpha(x, y)) {
					return false;
				}
			}
		}
		return true;
	}

	private static Event expandEvent(TreeItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	private static TreeItem find(Tree tree, Object element) {
		List<TreeItem> items = new ArrayList<>(Arrays.asList(tree.getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.remove(0);
			if (item.getData() == element) {
				return item;
			}
			items.addAll(Arrays.asList(item.getItems()));
		}
		throw new AssertionError("no row for " + element);
	}

	private static int column(Table table, String heading) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(heading)) {
				return i;
			}
		}
		throw new AssertionError("no column " + heading);
	}

	private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				result.add(type.cast(child));
			}
			if (child instanceof Composite nested) {
				result.addAll(all(nested, type));
			}
		}
		return result;
	}
}
