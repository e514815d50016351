package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.SpeciesConcordanceView.Column;

/** The Species Concordance view: rows, activities per taxon, differences, sorting, filter, edits. */
@ExtendWith(ScreenshotOnFailure.class)
class SpeciesConcordanceViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private ProgrammeSession session;
	private SpeciesConcordanceView view;

	@BeforeEach
	void open() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		session = context.get(ProgrammeSession.class);
		view = (SpeciesConcordanceView) workbench.getActiveWorkbenchWindow().getActivePage().showView(SpeciesConcordanceView.ID);
		UiWait.until(display, TIMEOUT, "the taxa", () -> view.getViewer().getTable().getItemCount() > 0);
	}

	@AfterEach
	void undo() {
		view.getFilterText().setText("");
		while (session.getCommandStack().canUndo()) {
			session.getCommandStack().undo();
		}
	}

	private TableItem row(String taxon) {
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (item.getText(Column.TAXON.ordinal()).equals(taxon)) {
				return item;
			}
		}
		throw new AssertionError("no row " + taxon);
	}

	@Test
	void everyTaxonWithItsActivities() throws Exception {
		Table table = view.getViewer().getTable();
		assertEquals(14, table.getItemCount());
		assertEquals("B10, B11, B12", row("Saiga spp.").getText(Column.ACTIVITIES.ordinal()));
		assertEquals("A3, B9, B13", row("Cheloniidae").getText(Column.ACTIVITIES.ordinal()));
		assertEquals("population", row("Loxadonta africana").getText(Column.RANK.ordinal()));
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) workbench.getActiveWorkbenchWindow().getActivePage()
				.findView(ProgrammeExplorerView.ID);
		org.junit.jupiter.api.Assertions.assertFalse(explorer.isDirty(), "nothing was changed");
		org.junit.jupiter.api.Assertions.assertFalse(workbench.getActiveWorkbenchWindow().getActivePage().getDirtyEditors().length > 0);
		org.mea.jwp.ui.tests.Pictures.ofPart(workbench.getActiveWorkbenchWindow().getActivePage(), view, "species-concordance");
	}

	@Test
	void editsAreCommandsAndDifferencesAreFlagged() {
		Taxon leopard = (Taxon) row("Uncia uncia").getData();
		view.applyEdit(leopard, JwpPackage.Literals.TAXON__CITES_NAME, "Panthera uncia");
		view.applyEdit(leopard, JwpPackage.Literals.TAXON__CMS_NAME, "Uncia uncia");
		view.applyEdit(leopard, JwpPackage.Literals.TAXON__CITES_APPENDIX, AppendixListing.I);
		view.applyEdit(leopard, JwpPackage.Literals.TAXON__CMS_APPENDIX, AppendixListing.I);
		UiWait.flush(display);
		assertEquals("names", row("Uncia uncia").getText(Column.DIFFERS.ordinal()));
		assertEquals("Panthera uncia", row("Uncia uncia").getText(Column.CITES_NAME.ordinal()));
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		UiWait.flush(display);
		assertEquals("", row("Uncia uncia").getText(Column.DIFFERS.ordinal()), "CMS name undone: nothing to compare");
	}

	@Test
	void sortingAndFiltering() {
		Table table = view.getViewer().getTable();
		table.getColumn(Column.TAXON.ordinal()).notifyListeners(SWT.Selection, new Event());
		assertEquals("", table.getItem(0).getText(Column.TAXON.ordinal()), "the fur seal has no printed name: first");
		assertEquals("Acipenseriformes", table.getItem(1).getText(Column.TAXON.ordinal()));
		table.getColumn(Column.TAXON.ordinal()).notifyListeners(SWT.Selection, new Event());
		assertEquals("Uncia uncia", table.getItem(0).getText(Column.TAXON.ordinal()), "second click: descending");

		view.getFilterText().setText("gorilla");
		UiWait.flush(display);
		assertEquals(1, table.getItemCount());
		assertTrue(table.getItem(0).getText(Column.ACTIVITIES.ordinal()).contains("B16"));
	}
}
