package org.mea.jwp.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.mea.jwp.model.Activity;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.ProgrammeExplorerView;

/** The Programme Explorer in the running workbench shows the embedded programme and undoes edits. */
@ExtendWith(ScreenshotOnFailure.class)
class ProgrammeExplorerViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void showsTheProgrammeAndUndoesThroughTheWorkbenchCommand() throws Exception {
		var workbench = PlatformUI.getWorkbench();
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the workbench window",
				() -> workbench.getActiveWorkbenchWindow() != null);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		ProgrammeExplorerView view = (ProgrammeExplorerView) page.showView(ProgrammeExplorerView.ID);
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the programme in the explorer",
				() -> context.get(ProgrammeSession.class) != null && view.getViewer().getTree().getItemCount() > 0);
		Tree tree = view.getViewer().getTree();
		TreeItem root = tree.getItem(0);
		assertEquals("CMS-CITES Joint Work Programme 2012-2014", root.getText());
		List<String> children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
		assertEquals("(A) Harmonization of taxonomy and nomenclature activities", children.get(0));
		assertEquals(4, children.stream().filter(t -> t.matches("\\([A-D]\\) .*")).count(), children.toString());
		assertTrue(children.containsAll(List.of("Species (14)", "Meetings (32)", "Cover document paragraphs (9)")),
				children.toString());

		ProgrammeSession session = context.get(ProgrammeSession.class);
		Programme programme = session.getProgramme();
		// selecting an activity shows its properties, from the item providers
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(view);
		Activity b1 = programme.findActivity("B1");
		view.getViewer().setSelection(new StructuredSelection(b1), true);
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the properties of B1",
				() -> propertyValue(properties, "Code") != null);
		assertEquals("B1", propertyValue(properties, "Code"));
		assertEquals("joint", propertyValue(properties, "Lead"));
		Screenshots.capture(workbench.getDisplay(), "programme-explorer");

		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), programme,
				JwpPackage.Literals.PROGRAMME__TITLE, "Renamed"));
		// labels follow a moment later: the workbench's decorations are computed in the background
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the renamed programme in the tree",
				() -> "Renamed".equals(root.getText()));

		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("org.eclipse.ui.edit.undo", null);
		UiWait.flush(workbench.getDisplay());
		assertEquals("CMS-CITES Joint Work Programme 2012-2014", programme.getTitle());
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the title back in the tree",
				() -> root.getText().endsWith("2012-2014"));
	}

	/** The value shown for a property in the Properties view, or null when the row is not there. */
	private static String propertyValue(PropertySheet sheet, String property) {
		if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			return null;
		}
		for (TreeItem item : tree.getItems()) {
			if (property.equals(item.getText(0))) {
				return item.getText(1);
			}
		}
		return null;
	}
}
