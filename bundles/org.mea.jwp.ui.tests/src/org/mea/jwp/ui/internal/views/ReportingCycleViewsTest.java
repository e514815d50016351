package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Theme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.RecordBaselineHandler;
import org.mea.jwp.ui.tests.Pictures;

/**
 * Reporting cycles in the running workbench: Record Baseline from the Programme Explorer as one
 * undoable command, the Compare Baselines view after two activities changed, its filters, the
 * Deadlines view as at a date, and the Reporting Deadlines preference page it follows. Every change
 * is made through the programme's command stack and undone afterwards.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportingCycleViewsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private Programme programme;
	private int executed;

	@BeforeEach
	void workbench() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		DeadlineRules.defaults().store();
	}

	@AfterEach
	void undoEverything() throws Exception {
		for (; executed > 0; executed--) {
			session.getCommandStack().undo();
		}
		RecordBaselineHandler.confirm = true;
		DeadlineRules.defaults().store();
		UiWait.flush(display);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), () -> "cannot execute " + command.getLabel());
		session.getCommandStack().execute(command);
		executed++;
	}

	private ReportingCycle cycle(String id) {
		return Cycles.find(programme, id).orElseThrow();
	}

	/** Record Baseline on SC65 from the Programme Explorer's selection, as the context menu does. */
	private void recordSc65FromTheExplorer() throws Exception {
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.showView(ProgrammeExplorerView.ID);
		page.activate(explorer);
		// right after start the explorer may not show the programme yet, nor the handler see its selection
		UiWait.until(display, TIMEOUT, "the explorer on the programme",
				() -> explorer.getViewer().getInput() == session.getResource());
		explorer.getViewer().setSelection(new StructuredSelection(cycle("cycle-sc65")), true);
		org.eclipse.core.commands.Command record = workbench.getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand("org.mea.jwp.ui.commands.recordBaseline");
		UiWait.until(display, TIMEOUT, "Record Baseline enabled on the selected cycle", record::isEnabled);
		RecordBaselineHandler.confirm = false;
		workbench.getService(IHandlerService.class).executeCommand("org.mea.jwp.ui.commands.recordBaseline", null);
		executed++;
		assertNotNull(cycle("cycle-sc65").getBaseline(), "recorded");
		assertEquals("Record baseline for SC65", session.getCommandStack().getUndoCommand().getLabel());
	}

	private void changeTwoActivities() {
		execute(SetCommand.create(session.getEditingDomain(), programme.findActivity("A1"), Literals.ACTIVITY__STATUS,
				ActivityStatus.IN_PROGRESS));
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 4, 15));
		entry.setNarrative("Project proposals agreed with Burkina Faso, Ghana and Togo.");
		execute(AddCommand.create(session.getEditingDomain(), programme.findActivity("B1"), Literals.ACTIVITY__PROGRESS,
				entry));
	}

	private static List<String> column(org.eclipse.jface.viewers.TableViewer table, int index) {
		return Arrays.stream(table.getTable().getItems()).map(item -> item.getText(index)).toList();
	}

	private static void choose(ComboViewer combo, Object element) {
		combo.setSelection(new StructuredSelection(element));
	}

	@Test
	void recordingIsOneUndoableCommandAndTheCompareViewShowsExactlyTheChangedActivities() throws Exception {
		recordSc65FromTheExplorer();
		CompareView view = (CompareView) page.showView(CompareView.ID);
		changeTwoActivities();
		choose(view.getFrom(), cycle("cycle-sc65"));
		choose(view.getTo(), CompareView.CURRENT);
		UiWait.until(display, TIMEOUT, "two changed activities", () -> view.getTable().getTable().getItemCount() == 2);
		assertEquals(List.of("A1", "B1"), column(view.getTable(), 0));
		assertEquals(List.of("status", "progress"), column(view.getTable(), 2));
		assertEquals("status: not started \u2192 in progress", column(view.getTable(), 3).get(0));
		assertTrue(view.getCountsText().startsWith("2 activities changed \u2014 A: 1 status \u00b7 B: 1 progress"),
				view.getCountsText());
		assertEquals("SC65 \u2013 baseline at 1 May 2014", view.getFrom().getCombo().getText());

		Theme themeB = programme.getThemes().stream().filter(t -> "B".equals(t.getLetter())).findFirst().orElseThrow();
		choose(view.getThemeFilter(), themeB);
		assertEquals(List.of("B1"), column(view.getTable(), 0), "the theme filter");
		assertTrue(view.getCountsText().contains("(1 shown)"), view.getCountsText());
		choose(view.getThemeFilter(), "(all)");
		choose(view.getLeadFilter(), LeadSecretariat.CITES);
		assertEquals(0, view.getTable().getTable().getItemCount(), "every activity of the programme is joint");
		choose(view.getLeadFilter(), "(all)");
		if (!programme.findActivity("B1").getSpecies().isEmpty()) {
			choose(view.getSpeciesFilter(), programme.findActivity("B1").getSpecies().get(0));
			assertEquals(List.of("B1"), column(view.getTable(), 0), "the species filter");
			choose(view.getSpeciesFilter(), "(all)");
		}

		// between the two baselines nothing changed; the model's changes do not reach a baseline
		choose(view.getFrom(), cycle("cycle-sc62"));
		choose(view.getTo(), cycle("cycle-sc65"));
		UiWait.until(display, TIMEOUT, "an empty comparison", () -> view.getTable().getTable().getItemCount() == 0);
		assertEquals("Nothing changed.", view.getCountsText());

		// two more kinds of change for the README's picture
		choose(view.getTo(), CompareView.CURRENT);
		execute(SetCommand.create(session.getEditingDomain(), programme.findActivity("C1"), Literals.ACTIVITY__STATUS,
				ActivityStatus.COMPLETED));
		execute(SetCommand.create(session.getEditingDomain(), programme.findActivity("D2"), Literals.ACTIVITY__LEAD,
				LeadSecretariat.CMS));
		UiWait.until(display, TIMEOUT, "four changed activities", () -> view.getTable().getTable().getItemCount() == 4);
		Pictures.ofPart(page, view, "compare-view");

		// undoing the record takes the baseline away, and the view with it
		for (; executed > 1; executed--) {
			session.getCommandStack().undo();
		}
		session.getCommandStack().undo();
		executed--;
		assertEquals(null, cycle("cycle-sc65").getBaseline());
		UiWait.until(display, TIMEOUT, "SC65 gone from the choices",
				() -> Arrays.stream(view.getFrom().getCombo().getItems()).noneMatch(s -> s.startsWith("SC65")));
	}

	@Test
	void deadlinesViewListsWhatIsDueAsAtADateAndFollowsTheRules() throws Exception {
		DeadlinesView view = (DeadlinesView) page.showView(DeadlinesView.ID);
		view.setDate(LocalDate.of(2014, 5, 1));
		UiWait.until(display, TIMEOUT, "the deadlines", () -> view.getTable().getTable().getItemCount() >= 5);
		TableItem sc65 = Arrays.stream(view.getTable().getTable().getItems())
				.filter(i -> i.getText(4).equals("Progress report SC65 Doc. 14.3 for SC65")).findFirst().orElseThrow();
		assertEquals("8 May 2014", sc65.getText(0));
		assertEquals("7", sc65.getText(1));
		assertEquals("due soon", sc65.getText(2));
		assertTrue(bold(sc65), "due soon: in bold");
		assertEquals(sc65.getParent().getForeground().getRGB(), sc65.getForeground(2).getRGB(),
				"due soon: in the table's own colour");
		TableItem done = Arrays.stream(view.getTable().getTable().getItems())
				.filter(i -> i.getText(2).equals("delivered"))
				.findFirst().orElseThrow(() -> new AssertionError("SC62's report is listed as delivered"));
		assertEquals(display.getSystemColor(SWT.COLOR_DARK_GRAY).getRGB(), done.getForeground(2).getRGB(),
				"delivered: greyed");
		assertFalse(bold(done), "delivered: not bold");
		assertEquals("whole programme", sc65.getText(5));
		assertEquals("60 days before SC65 (7 Jul 2014)", sc65.getText(6));
		assertTrue(
				view.getNextText()
						.startsWith("Next: Progress report SC65 Doc. 14.3 for SC65, due 8 May 2014 (in 7 days)"),
				view.getNextText());
		Pictures.ofPart(page, view, "deadlines-view");

		view.setDate(LocalDate.of(2014, 6, 1));
		TableItem late = Arrays.stream(view.getTable().getTable().getItems())
				.filter(i -> i.getText(4).startsWith("Progress report SC65")).findFirst().orElseThrow();
		assertEquals("late", late.getText(2));
		assertEquals(display.getSystemColor(SWT.COLOR_DARK_RED).getRGB(), late.getForeground(2).getRGB(),
				"late in red");
		assertTrue(bold(late), "late: in bold");
		assertTrue(view.getNextText().endsWith("\u00b7 1 late"), view.getNextText());

		int all = view.getTable().getTable().getItemCount();
		view.getHideDone().setSelection(true);
		view.getHideDone().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(all - 1, view.getTable().getTable().getItemCount(), "SC62's report, delivered, is hidden");
		view.getHideDone().setSelection(false);
		view.getHideDone().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());

		// Window > Preferences > JWP Workbench > Reporting Deadlines: 90 days for CITES
		org.mea.jwp.ui.tests.PreferencesDialog.use("org.mea.jwp.ui.preferences.deadlines", dialog -> {
			org.eclipse.swt.widgets.Spinner cites = org.mea.jwp.ui.preferences.DeadlinesPreferencePageAccess
					.citesDays(dialog);
			cites.setSelection(90);
			cites.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
		}, org.mea.jwp.ui.tests.PreferencesDialog.APPLY_AND_CLOSE);
		assertEquals(90, DeadlineRules.fromPreferences().daysBefore(org.mea.jwp.model.Convention.CITES));
		UiWait.until(display, TIMEOUT, "the view following the rule", () -> Arrays
				.stream(view.getTable().getTable().getItems())
				.anyMatch(i -> i.getText(4).startsWith("Progress report SC65") && i.getText(0).equals("8 Apr 2014")));
		assertFalse(view.getNextText().isEmpty());
	}

	private static boolean bold(TableItem item) {
		return (item.getFont(2).getFontData()[0].getStyle() & SWT.BOLD) != 0;
	}
}
