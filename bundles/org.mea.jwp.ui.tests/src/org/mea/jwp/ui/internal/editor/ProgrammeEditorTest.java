package org.mea.jwp.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;
import org.mea.jwp.ui.tests.MenuBar;
import org.mea.jwp.ui.tests.TreeDrag;
import org.mea.jwp.ui.tests.Widgets;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The programme editor in the running workbench: it opens on the default programme; an activity
 * is added with New Child, its text and timeframe edited in the form, undone and redone through
 * the workbench's commands, moved with Cut and Paste, deleted; findings show on the field; Save,
 * reopen, Revert and "changed on disk".
 */
@ExtendWith(ScreenshotOnFailure.class)
class ProgrammeEditorTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

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
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme editor", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null
				&& ProgrammeEditors.find(workbench.getActiveWorkbenchWindow().getActivePage(),
						context.get(ProgrammeSession.class)) != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		editor = ProgrammeEditors.find(page, session);
		page.activate(editor);
	}

	@AfterEach
	void undoEverything() throws Exception {
		RunningWorkbench.undoAll(session);
		if (session.getFile() != null) {
			// leave the embedded programme open, as the other tests expect
			RunningWorkbench.openEmbeddedProgramme();
		}
	}

	@Test
	void overviewCountsTheDefaultProgrammeByThemeAndStatus() throws Exception {
		editor.setActivePage(OverviewPage.ID);
		Table counts = editor.getOverview().getCounts();
		UiWait.until(display, TIMEOUT, "the counts", () -> counts.getItemCount() == 5);
		assertEquals("Total", counts.getItem(4).getText(0));
		assertEquals("31", counts.getItem(4).getText(1), "all activities");
		assertEquals(List.of("5", "19", "3", "4"),
				Arrays.stream(counts.getItems()).limit(4).map(item -> item.getText(1)).toList(), "per theme");
		assertTrue(editor.getPartName().contains("Joint Work Programme") || editor.getPartName().endsWith(".jwp"),
				editor.getPartName());
		org.mea.jwp.ui.tests.Pictures.ofPart(page, editor, "programme-editor-overview");
	}

	@Test
	void newActivityIsEditedInTheFormUndoneAndRedone() throws Exception {
		ActivityGroup group = ((ActivityGroup) programme.findActivity("B6").eContainer());
		editor.showElement(group);
		run(action(submenu(contextMenu(), "New Child"), "Activity"));
		UiWait.until(display, TIMEOUT, "the new activity selected",
				() -> selected() instanceof Activity a && a.eContainer() == group
						&& (a.getCode() == null || !List.of("B6", "B7", "B8", "B9").contains(a.getCode())));
		Activity added = (Activity) selected();
		assertEquals(5, group.getActivities().size());
		UiWait.until(display, TIMEOUT, "the activity form", () -> field("text") != null);

		Text text = (Text) field("text");
		type(text, "Joint CITES-CMS shark identification workshop");
		UiWait.until(display, TIMEOUT, "the text in the model",
				() -> "Joint CITES-CMS shark identification workshop".equals(added.getText()));

		Text timeframe = (Text) field("timeframe");
		type(timeframe, "sometime soon");
		Label understood = understood(timeframe);
		assertTrue(understood.getText().contains("not understood"), understood.getText());
		type(timeframe, "2013-14");
		assertEquals("Understood as from 2013 to 2014", understood.getText());
		timeframe.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(2014, added.getTimeframe().getEndYear());
		assertEquals("2013-14", added.getTimeframe().getOriginal());
		org.mea.jwp.ui.tests.Pictures.ofPart(page, editor, "programme-editor-form");

		execute("org.eclipse.ui.edit.undo");
		assertNull(added.getTimeframe() == null ? null : added.getTimeframe().getOriginal(),
				"undo restores the timeframe");
		UiWait.until(display, TIMEOUT, "the field to follow undo", () -> timeframe.getText().isEmpty());
		execute("org.eclipse.ui.edit.redo");
		assertEquals("2013-14", added.getTimeframe().getOriginal());
		UiWait.until(display, TIMEOUT, "the field to follow redo", () -> "2013-14".equals(timeframe.getText()));
		assertTrue(editor.isDirty());
	}

	@Test
	void cutAndPasteMovesAnActivityToAnotherGroupAndDeleteRemovesIt() {
		Activity b6 = programme.findActivity("B6");
		ActivityGroup sharks = ((ActivityGroup) b6.eContainer());
		ActivityGroup other = ((ActivityGroup) programme.findActivity("B1").eContainer());
		editor.showElement(b6);
		focusTree();
		execute("org.eclipse.ui.edit.cut");
		assertFalse(sharks.getActivities().contains(b6));
		editor.showElement(other);
		focusTree();
		execute("org.eclipse.ui.edit.paste");
		assertTrue(other.getActivities().stream().anyMatch(a -> "B6".equals(a.getCode())),
				"pasted into the other group");

		Activity moved = other.getActivities().stream().filter(a -> "B6".equals(a.getCode())).findFirst().orElseThrow();
		editor.showElement(moved);
		focusTree();
		AtomicReference<String> question = new AtomicReference<>();
		Dialogs.answerNext(display, "Delete", "OK", question); // B6 has a sub-item: Delete asks first
		execute("org.eclipse.ui.edit.delete");
		assertTrue(question.get() != null && question.get().contains("B6"), String.valueOf(question.get()));
		assertNull(programme.findActivity("B6"));
		execute("org.eclipse.ui.edit.undo");
		execute("org.eclipse.ui.edit.undo");
		execute("org.eclipse.ui.edit.undo");
		assertSame(sharks, ((ActivityGroup) programme.findActivity("B6").eContainer()), "undo puts it back");
	}

	@Test
	void draggingInTheTreeMovesCtrlDraggingCopiesAndAWrongTargetRefuses() {
		Activity b6 = programme.findActivity("B6");
		Activity b7 = programme.findActivity("B7");
		Activity b9 = programme.findActivity("B9");
		ActivityGroup sharks = ((ActivityGroup) b6.eContainer());
		var tree = editor.getElements().getBlock().getViewer();

		// B9 dragged to the lower edge of B6: moved after it
		select(b9);
		assertEquals(DND.DROP_MOVE, TreeDrag.drag(tree.getTree(), item(b6), TreeDrag.Where.AFTER, DND.DROP_MOVE),
				"the drop reports a move");
		assertEquals(List.of("B6", "B9", "B7", "B8"), codes(sharks), "B9 moved after B6");

		// B7 dragged with Ctrl to the lower edge of B8: a copy, B7 stays
		select(b7);
		assertEquals(DND.DROP_COPY,
				TreeDrag.drag(tree.getTree(), item(programme.findActivity("B8")), TreeDrag.Where.AFTER,
						DND.DROP_COPY),
				"a drop with Ctrl held reports a copy (DND.DROP_COPY = 1, DROP_MOVE = 2)");
		assertEquals(List.of("B6", "B9", "B7", "B8", "B7"), codes(sharks), "a copy of B7 after B8, B7 still in place");
		assertSame(b7, sharks.getActivities().get(2), "the original stays where it was");
		assertNotSame(b7, sharks.getActivities().get(4));
		assertEquals(b7.getText(), sharks.getActivities().get(4).getText(), "the copy has B7's text");

		// onto a species: an activity cannot go there, the drop is refused and nothing changes
		select(b9);
		org.mea.jwp.model.Taxon taxon = programme.getTaxa().get(0);
		tree.reveal(taxon);
		assertEquals(DND.DROP_NONE, TreeDrag.drag(tree.getTree(), item(taxon), TreeDrag.Where.ON, DND.DROP_MOVE));
		assertEquals(List.of("B6", "B9", "B7", "B8", "B7"), codes(sharks));

		execute("org.eclipse.ui.edit.undo");
		execute("org.eclipse.ui.edit.undo");
		assertEquals(List.of("B6", "B7", "B8", "B9"), codes(sharks), "two undos: the copy and the move taken back");
	}

	/** Clicks {@code element}'s row in the editor's tree, once the editor has settled. */
	private void select(Object element) {
		UiWait.flush(display); // the editor selects what the last command affected, a moment later
		var tree = editor.getElements().getBlock().getViewer().getTree();
		tree.setSelection(item(element));
		Event click = new Event();
		click.item = item(element);
		tree.notifyListeners(SWT.Selection, click);
		UiWait.flush(display);
		assertEquals(List.of(element), editor.getElements().getBlock().getViewer().getStructuredSelection().toList());
	}

	private org.eclipse.swt.widgets.TreeItem item(Object element) {
		var viewer = editor.getElements().getBlock().getViewer();
		viewer.reveal(element);
		UiWait.flush(display);
		return (org.eclipse.swt.widgets.TreeItem) java.util.Objects.requireNonNull(viewer.testFindItem(element),
				"no row for " + element);
	}

	private static List<String> codes(ActivityGroup group) {
		return group.getActivities().stream().map(Activity::getCode).toList();
	}

	@Test
	void findingsAreShownUnderTheFieldAndOnTheTreeAndGoWhenFixed() {
		Activity b1 = programme.findActivity("B1");
		editor.showElement(b1);
		UiWait.until(display, TIMEOUT, "the activity form", () -> field("code") != null);
		Text code = (Text) field("code");
		type(code, "");
		code.notifyListeners(SWT.FocusOut, new Event());
		UiWait.until(display, TIMEOUT, "the code to be cleared", () -> b1.getCode() == null);
		UiWait.until(display, TIMEOUT, "a finding under the code field",
				() -> message(code) != null && message(code).isVisible());
		assertFalse(message(code).getText().isBlank());
		assertTrue(session.getFindings().severity(b1) >= org.eclipse.emf.common.util.Diagnostic.ERROR);
		assertTrue(
				session.getFindings()
						.severity(((ActivityGroup) b1.eContainer())) >= org.eclipse.emf.common.util.Diagnostic.ERROR,
				"containers show it too");

		type(code, "B1");
		code.notifyListeners(SWT.FocusOut, new Event());
		UiWait.until(display, TIMEOUT, "the finding to go", () -> !message(code).isVisible());
		assertEquals(org.eclipse.emf.common.util.Diagnostic.OK, session.getFindings().severity(b1));
	}

	@Test
	void speciesPickerOffersTheTaxaAndAddsTheChosenOne() {
		Activity b18 = programme.findActivity("B18");
		editor.showElement(b18);
		UiWait.until(display, TIMEOUT, "the form of B18", () -> selected() == b18 && field("species") != null);
		ReferenceField species = (ReferenceField) field("species").getData(ReferenceField.class.getName());
		assertEquals(14, species.choices().size(), "every taxon of the programme");
		int before = b18.getSpecies().size();
		Dialogs.answerNext(display, "Add Species", dialog -> {
			org.eclipse.swt.widgets.Table list = (org.eclipse.swt.widgets.Table) Widgets.all(dialog).stream()
					.filter(org.eclipse.swt.widgets.Table.class::isInstance).findFirst().orElseThrow();
			// the dialog's list fills in a UI job: wait for its rows
			UiWait.until(display, TIMEOUT, "the taxa in the picker", () -> list.getItemCount() > 0);
			list.setSelection(0); // the first taxon B18 does not cover yet
			list.notifyListeners(SWT.Selection, new Event());
		}, "OK", null);
		species.add();
		assertEquals(before + 1, b18.getSpecies().size());
		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, b18.getSpecies().size());
	}

	@Test
	void linkWithEditorSelectsInTheEditorWhatIsSelectedInTheExplorer() throws Exception {
		var explorer = (org.mea.jwp.ui.internal.views.ProgrammeExplorerView) page
				.showView(org.mea.jwp.ui.internal.views.ProgrammeExplorerView.ID);
		Activity d2 = programme.findActivity("D2");
		explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(d2), true);
		UiWait.until(display, TIMEOUT, "D2 selected in the editor", () -> selected() == d2);
	}

	@Test
	void saveReopenRevertAndChangesOnDisk() throws Exception {
		Path file = dir.resolve("programme.jwp");
		assertTrue(org.mea.jwp.ui.internal.actions.SaveProgramme.saveTo(session, file, null));
		assertTrue(OpenProgrammeHandler.open(file, workbench.getActiveWorkbenchWindow().getShell()));
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		ProgrammeSession reopened = context.get(ProgrammeSession.class);
		assertNotEquals(session, reopened);
		UiWait.until(display, TIMEOUT, "the editor of the reopened programme",
				() -> ProgrammeEditors.find(page, reopened) != null);
		assertNull(ProgrammeEditors.find(page, session), "the old editor closed");
		session = reopened;
		programme = reopened.getProgramme();
		editor = ProgrammeEditors.find(page, reopened);
		page.activate(editor);
		assertEquals(31, programme.activities().size());

		// File > Revert asks first: Cancel keeps the changes, OK brings the saved version back
		setTitle(reopened, "Changed");
		assertTrue(editor.isDirty());
		AtomicReference<String> question = new AtomicReference<>();
		Dialogs.answerNext(display, "Revert", "Cancel", question);
		MenuBar.pick("File", "Revert");
		assertTrue(question.get() != null && question.get().contains("Discard the unsaved changes"),
				String.valueOf(question.get()));
		assertEquals("Changed", reopened.getProgramme().getTitle(), "Cancel keeps the changes");
		Dialogs.answerNext(display, "Revert", "OK", null);
		MenuBar.pick("File", "Revert");
		assertFalse(editor.isDirty());
		String saved = reopened.getProgramme().getTitle();
		assertNotEquals("Changed", saved);

		// another program edits the file: when the editor is activated again, it asks
		changeOnDisk(file, saved, "Edited elsewhere");
		Dialogs.answerNext(display, "File Changed", "No", question);
		reactivateEditor();
		assertTrue(question.get() != null && question.get().contains("was changed by another program"),
				String.valueOf(question.get()));
		assertEquals(saved, reopened.getProgramme().getTitle(), "No keeps the programme as it is");
		assertFalse(reopened.isChangedOnDisk(), "and does not ask again for the same change");

		changeOnDisk(file, "Edited elsewhere", "Edited elsewhere again");
		setTitle(reopened, "Mine");
		Dialogs.answerNext(display, "File Changed", "Yes", question);
		reactivateEditor();
		assertTrue(
				question.get() != null
						&& question.get().contains("Your unsaved changes in the workbench would be lost"),
				String.valueOf(question.get()));
		assertEquals("Edited elsewhere again", reopened.getProgramme().getTitle(),
				"Yes loads the other program's version");
		assertFalse(reopened.isChangedOnDisk());
		assertFalse(editor.isDirty());
	}

	private void setTitle(ProgrammeSession session, String title) {
		session.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.getEditingDomain(),
				session.getProgramme(), org.mea.jwp.model.JwpPackage.Literals.PROGRAMME__TITLE, title));
		UiWait.flush(display); // the editor enables Revert a moment later
	}

	private static void changeOnDisk(Path file, String title, String newTitle) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains("title=\"" + title + "\""), "the file has the title " + title);
		Files.writeString(file, text.replace("title=\"" + title + "\"", "title=\"" + newTitle + "\""));
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
	}

	/** The user goes to another part and comes back to the editor. */
	private void reactivateEditor() throws Exception {
		page.activate(page.showView(org.mea.jwp.ui.internal.views.ProgrammeExplorerView.ID));
		page.activate(editor);
		UiWait.flush(display);
	}

	private Object selected() {
		return editor.getElements().getBlock().getViewer().getStructuredSelection().getFirstElement();
	}

	private void focusTree() {
		workbench.getActiveWorkbenchWindow().getShell().forceActive();
		page.activate(editor);
		editor.getElements().getBlock().getViewer().getControl().forceFocus();
		UiWait.until(display, TIMEOUT, "the tree to have the focus",
				() -> editor.getElements().getBlock().getViewer().getControl().isFocusControl());
	}

	private void execute(String command) {
		try {
			workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			throw new AssertionError(command + " failed", e);
		}
		UiWait.flush(display);
	}

	/** Types into a field as a user would: focus, replace the text, leave (which applies it). */
	private void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
		UiWait.flush(display);
	}

	private Control field(String feature) {
		ElementDetailsPage details = (ElementDetailsPage) editor.getElements().getBlock().getCurrentPage();
		if (details == null) {
			return null;
		}
		for (Control control : Widgets.all(editor.getElements().getBlock().getViewer().getControl().getShell())) {
			if (feature.equals(control.getData(ElementForm.FieldKeys.FEATURE)) && control.isVisible()
					&& (control instanceof Text || control.getData(ReferenceField.class.getName()) != null)) {
				return control;
			}
		}
		return null;
	}

	/** The line under a field where findings are shown. */
	private static Label message(Control field) {
		Control row = field;
		while (!(row.getParent().getLayout() instanceof org.eclipse.swt.layout.GridLayout layout
				&& layout.numColumns == 2
				&& row.getParent().getChildren().length > 3)) {
			row = row.getParent();
		}
		Control[] siblings = row.getParent().getChildren();
		int index = Arrays.asList(siblings).indexOf(row);
		return index + 1 < siblings.length && siblings[index + 1] instanceof Label label ? label : null;
	}

	/** The "Understood as" line of the timeframe field. */
	private static Label understood(Text timeframe) {
		return (Label) Arrays.stream(timeframe.getParent().getChildren()).filter(Label.class::isInstance).findFirst()
				.orElseThrow();
	}

	private MenuManager contextMenu() {
		MenuManager menu = new MenuManager();
		editor.getEditing().fillContextMenu(menu);
		return menu;
	}

	private static MenuManager submenu(MenuManager menu, String text) {
		return Arrays.stream(menu.getItems()).filter(MenuManager.class::isInstance).map(MenuManager.class::cast)
				.filter(m -> m.getMenuText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no submenu " + text));
	}

	private static IAction action(MenuManager menu, String text) {
		return Arrays.stream(menu.getItems()).filter(ActionContributionItem.class::isInstance)
				.map(i -> ((ActionContributionItem) i).getAction()).filter(a -> text.equals(a.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no action " + text));
	}

	private void run(IAction action) {
		assertTrue(action.isEnabled(), action.getText());
		action.run();
		UiWait.flush(display);
	}
}
