package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
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
import org.eclipse.emf.edit.command.AddCommand;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.testing.programmes.SyntheticListing;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.SpeciesConcordanceView.Column;
import org.mea.jwp.ui.tests.RunningWorkbench;

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
		view = (SpeciesConcordanceView) workbench.getActiveWorkbenchWindow().getActivePage()
				.showView(SpeciesConcordanceView.ID);
		UiWait.until(display, TIMEOUT, "the taxa", () -> view.getViewer().getTable().getItemCount() > 0);
	}

	@AfterEach
	void undo() {
		view.getFilterText().setText("");
		RunningWorkbench.undoAll(session);
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
		org.junit.jupiter.api.Assertions
				.assertFalse(workbench.getActiveWorkbenchWindow().getActivePage().getDirtyEditors().length > 0);
		org.mea.jwp.ui.tests.Pictures.ofPart(workbench.getActiveWorkbenchWindow().getActivePage(), view,
				"species-concordance");
	}

	@Test
	void cellsAreEditedInPlaceAsCommandsAndDifferencesAreFlagged() {
		Taxon leopard = (Taxon) row("Uncia uncia").getData();
		typeInCell(leopard, Column.CITES_NAME, "Panthera uncia");
		typeInCell(leopard, Column.CMS_NAME, "Uncia uncia");
		assertEquals("Panthera uncia", leopard.getCitesName(), "the model has what was typed");
		assertEquals("names", row("Uncia uncia").getText(Column.DIFFERS.ordinal()));
		assertEquals("Panthera uncia", row("Uncia uncia").getText(Column.CITES_NAME.ordinal()));

		// Escape leaves the cell as it was
		Text editor = activate(leopard, Column.CMS_NAME);
		editor.setText("Panthera uncia");
		Event escape = new Event();
		escape.character = SWT.ESC;
		escape.keyCode = SWT.ESC;
		editor.notifyListeners(SWT.KeyDown, escape);
		UiWait.flush(display);
		assertEquals("Uncia uncia", leopard.getCmsName(), "Escape cancels the edit");

		// the snow leopard's appendix comes from its listing history: the cell shows it and does not open
		assertEquals("I", row("Uncia uncia").getText(Column.CITES_APPENDIX.ordinal()));
		clickCellExpectingNoEditor(leopard, Column.CITES_APPENDIX);

		// a taxon without a history takes the appendix chosen in the drop-down
		Taxon lynx = JwpFactory.eINSTANCE.createTaxon();
		lynx.setId("tx-lynx-lynx");
		lynx.setNameAsPrinted("Lynx lynx");
		session.getCommandStack().execute(AddCommand.create(session.getEditingDomain(), session.getProgramme(),
				JwpPackage.Literals.PROGRAMME__TAXA, lynx));
		UiWait.flush(display);
		chooseInCell(lynx, Column.CITES_APPENDIX, "II");
		chooseInCell(lynx, Column.CMS_APPENDIX, "I");
		assertEquals(AppendixListing.I, lynx.getCmsAppendix(), "the model has what was chosen");
		assertEquals("appendices", row("Lynx lynx").getText(Column.DIFFERS.ordinal()));

		// each edit is one command: four undos take back the appendices, the taxon and the CMS name
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		UiWait.flush(display);
		assertEquals("", row("Uncia uncia").getText(Column.DIFFERS.ordinal()), "CMS name undone: nothing to compare");
	}

	private void clickCellExpectingNoEditor(Taxon taxon, Column column) {
		sendClick(taxon, column);
		assertFalse(view.getViewer().isCellEditorActive(),
				"no editor on " + column + " of a taxon with a listing history");
	}

	/** A click on the cell of the selected row opens its editor, as for a user. */
	private void clickCell(Taxon taxon, Column column) {
		sendClick(taxon, column);
		assertTrue(view.getViewer().isCellEditorActive(), "a click on the " + column + " cell opens its editor");
	}

	/** Selects the taxon's row and clicks its cell in {@code column}. */
	private void sendClick(Taxon taxon, Column column) {
		view.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(taxon), true);
		TableItem item = Arrays.stream(view.getViewer().getTable().getItems()).filter(i -> i.getData() == taxon)
				.findFirst()
				.orElseThrow();
		org.eclipse.swt.graphics.Rectangle cell = item.getBounds(column.ordinal());
		Event click = new Event();
		click.button = 1;
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		view.getViewer().getTable().notifyListeners(SWT.MouseDown, click);
		UiWait.flush(display);
	}

	/** Clicks the cell; returns its editor's text field. */
	private Text activate(Taxon taxon, Column column) {
		clickCell(taxon, column);
		return editorControl(Text.class);
	}

	private <T extends Control> T editorControl(Class<T> type) {
		return Arrays.stream(view.getViewer().getTable().getChildren()).filter(type::isInstance)
				.filter(Control::isVisible)
				.map(type::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " editor"));
	}

	/** Types {@code value} in the cell and presses Enter. */
	private void typeInCell(Taxon taxon, Column column, String value) {
		Text editor = activate(taxon, column);
		editor.setText(value);
		editor.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
		UiWait.flush(display);
		assertFalse(view.getViewer().isCellEditorActive(), "Enter closes the editor");
	}

	/** Opens the drop-down of the cell, chooses {@code literal} and presses Enter. */
	private void chooseInCell(Taxon taxon, Column column, String literal) {
		clickCell(taxon, column);
		CCombo combo = editorControl(CCombo.class);
		int index = Arrays.asList(combo.getItems()).indexOf(literal);
		assertTrue(index >= 0, literal + " among " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.flush(display);
	}

	@Test
	void sortingAndFiltering() {
		Table table = view.getViewer().getTable();
		table.getColumn(Column.TAXON.ordinal()).notifyListeners(SWT.Selection, new Event());
		assertEquals("Acipenseriformes", table.getItem(0).getText(Column.TAXON.ordinal()));
		assertEquals("Arctocephalus australis", table.getItem(1).getText(Column.TAXON.ordinal()),
				"the fur seal, which the document names in English only, by its accepted name");
		table.getColumn(Column.TAXON.ordinal()).notifyListeners(SWT.Selection, new Event());
		assertEquals("Uncia uncia", table.getItem(0).getText(Column.TAXON.ordinal()), "second click: descending");

		view.getFilterText().setText("gorilla");
		UiWait.flush(display);
		assertEquals(1, table.getItemCount());
		assertTrue(table.getItem(0).getText(Column.ACTIVITIES.ordinal()).contains("B16"));
	}

	@Test
	void aFilterOverThousandsOfTaxaKeepsWhatTheUserArranged() throws Exception {
		byte[] csv = SyntheticListing.citesListings(3_000).getBytes(StandardCharsets.UTF_8);
		DataFormats formats = DataFormats.get();
		ImportPlan plan = formats.plan(formats.importer("org.mea.jwp.core.speciesplus.csv").orElseThrow(),
				session.getProgramme(), new ByteArrayInputStream(csv), "synthetic.csv");
		session.getCommandStack().execute(plan.command(session.getEditingDomain()));
		UiWait.until(display, TIMEOUT, "3,000 taxa more", () -> view.getViewer().getTable().getItemCount() > 3_000);
		int all = view.getViewer().getTable().getItemCount();

		Table before = view.getViewer().getTable();
		before.getColumn(Column.COMMON.ordinal()).setWidth(321);
		int[] order = { 0, 2, 1, 3, 4, 5, 6, 7, 8 };
		before.setColumnOrder(order);
		before.getColumn(Column.RANK.ordinal()).notifyListeners(SWT.Selection, new Event());
		Taxon gorilla = session.getProgramme().getTaxa().stream()
				.filter(t -> "Gorilla spp.".equals(t.getNameAsPrinted()))
				.findFirst().orElseThrow();
		view.getViewer().setSelection(new StructuredSelection(gorilla), true);
		List<Object> heard = new ArrayList<>();
		ISelectionProvider site = view.getSite().getSelectionProvider();
		ISelectionChangedListener listener = event -> heard
				.add(((IStructuredSelection) event.getSelection()).getFirstElement());
		site.addSelectionChangedListener(listener);
		try {
			view.getFilterText().setText("gorilla");
			UiWait.flush(display);

			Table after = view.getViewer().getTable();
			assertTrue(before.isDisposed(),
					"thousands of rows fewer: a new table, not GTK taking rows away one by one");
			assertTrue(after.getItemCount() < 10, "only the gorillas: " + after.getItemCount());
			assertEquals(321, after.getColumn(Column.COMMON.ordinal()).getWidth(), "the width the user gave");
			assertEquals(Arrays.toString(order), Arrays.toString(after.getColumnOrder()), "the order the user gave");
			assertEquals(after.getColumn(Column.RANK.ordinal()), after.getSortColumn(), "still sorted by rank");
			assertEquals(SWT.UP, after.getSortDirection());
			assertEquals(gorilla, ((IStructuredSelection) site.getSelection()).getFirstElement(),
					"the gorillas stay selected, and the site says so");
			assertEquals(gorilla, heard.get(heard.size() - 1), "the site's listeners are told");

			view.getFilterText().setText("");
			UiWait.flush(display);
			assertEquals(all, view.getViewer().getTable().getItemCount(), "every taxon back");
			assertEquals(List.of(gorilla), ((IStructuredSelection) site.getSelection()).toList(),
					"still the gorillas alone, at "
							+ Arrays.toString(view.getViewer().getTable().getSelectionIndices()));
		} finally {
			site.removeSelectionChangedListener(listener);
			// a new view for the tests after this one, without the widths, order and sort given here
			view.getFilterText().setText("");
			workbench.getActiveWorkbenchWindow().getActivePage().hideView(view);
			view = (SpeciesConcordanceView) workbench.getActiveWorkbenchWindow().getActivePage()
					.showView(SpeciesConcordanceView.ID);
		}
	}

	@Test
	void theAppendicesAreThoseInForceOnTheDayChosen() {
		assertEquals("II", row("Ovis ammon").getText(Column.CMS_APPENDIX.ordinal()), "CMS COP10 listed the argali");
		assertTrue(view.getContentDescription().contains("2014-12-31, the reporting date"),
				view.getContentDescription());
		try {
			pickAsAt(2012, 1, 1);
			assertEquals("not listed", row("Ovis ammon").getText(Column.CMS_APPENDIX.ordinal()),
					"before COP10's amendments took effect on 23 February 2012");
			assertEquals("II", row("Ovis ammon").getText(Column.CITES_APPENDIX.ordinal()));
			assertEquals("appendices", row("Ovis ammon").getText(Column.DIFFERS.ordinal()),
					"listed by CITES, not by CMS");
			assertEquals("Listings in force on 2012-01-01; the reporting date is 2014-12-31",
					view.getContentDescription());
		} finally {
			pickAsAt(2014, 12, 31);
		}
		assertEquals("II", row("Ovis ammon").getText(Column.CMS_APPENDIX.ordinal()));
	}

	private void pickAsAt(int year, int month, int day) {
		view.getAsAtField().setDate(year, month - 1, day);
		view.getAsAtField().notifyListeners(SWT.Selection, new Event());
		UiWait.flush(display);
	}
}
