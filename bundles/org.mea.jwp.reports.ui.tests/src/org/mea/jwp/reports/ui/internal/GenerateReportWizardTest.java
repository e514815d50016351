package org.mea.jwp.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Programme > Generate Report as users meet it: opened by the menu item, by Ctrl+Alt+R and by the
 * main tool bar's button; its fields filled through their widgets; Finish pressed as a button; and
 * the report read back for what was chosen: the PDF's text, the workbook's cells, the HTML.
 * <p>
 * The command's handler opens the wizard modally and returns only when it closes, so what a test
 * does in the wizard is queued before the command runs and done inside the dialog's own event loop
 * ({@link Dialogs#whileOpen}); what fails there is thrown again once the dialog is closed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GenerateReportWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);
	private static final String GENERATE = "org.mea.jwp.reports.ui.generate";
	private static final String TITLE = "Generate Report";

	@TempDir
	Path dir;

	private IWorkbench workbench;
	private Display display;

	@BeforeEach
	void theProgrammeInTheActiveWindow() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, Duration.ofSeconds(30), "the programme",
				() -> workbench.getActiveWorkbenchWindow() != null
						&& context.get(ProgrammeSession.class) != null);
		// where the user is when choosing a menu or pressing a key: in the window, not in a dialog closed just before.
		// Xvfb has no window manager to give the window its activation back when a dialog closes: the event
		// it would send puts the window's key bindings back in force
		Shell window = workbench.getActiveWorkbenchWindow().getShell();
		window.forceActive();
		window.notifyListeners(SWT.Activate, new Event());
		IContextService contexts = workbench.getService(IContextService.class);
		UiWait.until(display, Duration.ofSeconds(30), "the workbench window to be active",
				() -> display.getActiveShell() == window
						&& contexts.getActiveContextIds().contains(IContextService.CONTEXT_ID_WINDOW));
	}

	// ---- the three ways in, each through to the report's content

	@Test
	void programmeGenerateReportInTheMenuBarWritesThePdfWithTheCommitteeAndSymbolChosen() throws Exception {
		Menu programme = menu(workbench.getActiveWorkbenchWindow().getShell().getMenuBar(), "Programme");
		programme.notifyListeners(SWT.Show, new Event()); // the menu fills its items when it opens
		MenuItem generate = item(programme, "Generate Report...");
		assertTrue(generate.getText().endsWith("\tCtrl+Alt+R"), "the key shown beside it: " + generate.getText());
		Path pdf = dir.resolve("stc40.pdf");
		AtomicReference<IStatus> result = new AtomicReference<>();
		inTheWizard(() -> generate.notifyListeners(SWT.Selection, new Event()), wizard -> {
			choose(wizard.page.getCommitteeViewer().getCombo(), "CMS Standing Committee");
			assertEquals("UNEP/CMS/StC40/Doc.14.3", wizard.page.getSymbolField().getText(),
					"the CMS committee's symbol");
			type(wizard.page.getSymbolField(), "UNEP/CMS/StC40/Doc.99.1");
			finish(wizard, pdf, result);
		});
		programme.notifyListeners(SWT.Hide, new Event());
		awaitSuccess(result);

		List<String> pages = pdfPages(pdf);
		String first = pages.get(0);
		assertTrue(
				first.contains("MIGRATORY") && first.contains("Distribution: General")
						&& first.contains("40th MEETING OF THE STANDING COMMITTEE"),
				"the committee chosen (CMS Standing Committee): the first page of CMS documents: " + first);
		assertTrue(first.contains("UNEP/CMS/StC40/Doc.99.1"), "the symbol typed, on page 1: " + first);
		assertFalse(first.contains("ENDANGERED SPECIES") || first.contains("SC65 Doc. 14.3"),
				"CITES's defaults: " + first);
		for (int page = 0; page < pages.size(); page++) {
			assertTrue(pages.get(page).replaceAll("\\s+", "").contains("UNEP/CMS/StC40/Doc.99.1\u2013p." + (page + 1)),
					"the footer with the symbol typed on page " + (page + 1) + ": " + pages.get(page));
		}
		assertOnlyFileIn(pdf);
	}

	@Test
	void ctrlAltRThroughTheBindingServiceWritesTheStatusOverviewWorkbook() throws Exception {
		Binding binding = workbench.getService(IBindingService.class)
				.getPerfectMatch(KeySequence.getInstance("M1+M3+R"));
		assertNotNull(binding, "Ctrl+Alt+R is bound in the active contexts");
		assertEquals(GENERATE, binding.getParameterizedCommand().getId(), "Ctrl+Alt+R runs Generate Report");
		Path xlsx = dir.resolve("status.xlsx");
		AtomicReference<IStatus> result = new AtomicReference<>();
		inTheWizard(() -> workbench.getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand(binding.getParameterizedCommand(), null), wizard -> {
					choose(wizard.page.getDesignCombo(), "Status overview  \u2014  Overviews");
					choose(wizard.page.getFormatCombo(), "XLSX");
					type(reportingDateField(wizard), "2013-12-31");
					finish(wizard, xlsx, result);
				});
		awaitSuccess(result);

		try (Workbook workbook = new XSSFWorkbook(xlsx.toFile())) {
			// made only now: POI sets its logging up on first use, which the report job's thread did
			DataFormatter text = new DataFormatter();
			assertEquals("CMS-CITES Joint Work Programme 2012-2014 \u2014 as at 31 December 2013",
					cell(text, workbook.getSheet("By theme"), 1, 0), "the reporting date typed, under the title");
			// A1 (timeframe 2012) is overdue at the end of 2013; A5 (2012-2013) is not yet
			List<String> a1 = row(text, workbook.getSheet("Overdue"), "A1");
			assertEquals(List.of("joint", "not started"), a1.subList(3, 5),
					"A1's lead and status in the Overdue sheet: " + a1);
			assertTrue(row(text, workbook.getSheet("Overdue"), "A5").isEmpty(), "A5 ends on the reporting date");
		}
		assertOnlyFileIn(xlsx);
	}

	@Test
	void theMainToolBarButtonWritesTheSpeciesConcordanceAsHtml() throws Exception {
		ToolItem button = toolItem(workbench.getActiveWorkbenchWindow().getShell(), "Generate Report");
		assertEquals("Generate Report (Ctrl+Alt+R)", button.getToolTipText(), "the tool tip names the key, once");
		assertTrue(button.isEnabled(), "the button is enabled with a programme open");
		Path html = dir.resolve("species.html");
		AtomicReference<IStatus> result = new AtomicReference<>();
		inTheWizard(() -> button.notifyListeners(SWT.Selection, new Event()), wizard -> {
			choose(wizard.page.getDesignCombo(), "Species concordance  \u2014  Overviews");
			assertFalse(wizard.page.getSymbolField().isEnabled(), "the progress report's fields are off");
			choose(wizard.page.getFormatCombo(), "HTML");
			assertTrue(wizard.page.getOutputField().getText().endsWith("species-concordance.html"),
					"the file name follows the design and format: " + wizard.page.getOutputField().getText());
			type(reportingDateField(wizard), "2013-12-31");
			finish(wizard, html, result);
		});
		awaitSuccess(result);

		String text = Files.readString(html).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
		assertTrue(text.contains("SPECIES CONCORDANCE"), text);
		assertTrue(text.contains("as at 31 December 2013"), "the reporting date typed: " + text);
		assertTrue(text.matches(".*Saiga spp\\..*B10, B11, B12.*"), "Saiga with its activities: " + text);
		assertOnlyFileIn(html);
	}

	// ---- defaults and what is wrong, with the wizard opened by its command

	@Test
	void defaultsFollowTheCommitteeAndWrongFieldsAreNamed() throws Exception {
		inTheWizard(this::runTheCommand, wizard -> {
			choose(wizard.page.getCommitteeViewer().getCombo(), "CITES Standing Committee");
			assertEquals("SC65 Doc. 14.3", wizard.page.getSymbolField().getText());
			assertTrue(wizard.page.getOutputField().getText().endsWith("SC65-Doc.-14.3.pdf"),
					wizard.page.getOutputField().getText());
			Screenshots.capture(wizard.shell, "generate-report-wizard");
			choose(wizard.page.getCommitteeViewer().getCombo(), "CMS Standing Committee");
			assertEquals("UNEP/CMS/StC40/Doc.14.3", wizard.page.getSymbolField().getText());
			assertTrue(Dialogs.isEnabled(wizard.shell, "Finish"), "Finish with the defaults");

			type(wizard.page.getOutputField(), dir.resolve("missing/report.pdf").toString());
			assertTrue(wizard.page.getErrorMessage().startsWith("Output file:"), wizard.page.getErrorMessage());
			assertFalse(Dialogs.isEnabled(wizard.shell, "Finish"), "no Finish while the folder is missing");
			type(wizard.page.getSymbolField(), " ");
			assertTrue(wizard.page.getErrorMessage().startsWith("Document symbol:"), wizard.page.getErrorMessage());
			type(wizard.page.getSymbolField(), "UNEP/CMS/StC40/Doc.14.3");
			type(reportingDateField(wizard), "next year");
			assertEquals("Reporting date: \"next year\" is not a date (YYYY-MM-DD)", wizard.page.getErrorMessage());
			assertFalse(Dialogs.isEnabled(wizard.shell, "Finish"));
		});
	}

	@Test
	void aReportingCycleFillsCommitteeMeetingSymbolAndDate() throws Exception {
		inTheWizard(this::runTheCommand, wizard -> {
			choose(wizard.page.getCommitteeViewer().getCombo(), "CMS Standing Committee");
			Combo cycles = wizard.page.getCycleViewer().getCombo();
			assertTrue(cycles.getText().startsWith("(none"), "no cycle by default: " + cycles.getText());
			choose(cycles, "SC65 \u2013 SC65 Doc. 14.3 (reporting date 2014-05-01)");
			assertEquals("CITES Standing Committee", wizard.page.getCommitteeViewer().getCombo().getText(),
					"the cycle's committee");
			Combo meeting = (Combo) after(wizard.page.getControl(), "&Meeting:");
			assertTrue(meeting.getText().startsWith("SC65 \u2014 "), "the cycle's meeting: " + meeting.getText());
			assertEquals("SC65 Doc. 14.3", wizard.page.getSymbolField().getText());
			assertEquals("2014-05-01", reportingDateField(wizard).getText());
			assertEquals("cycle-sc65", wizard.page.values().get("cycle"), "the cycle goes to the report");
			assertEquals("mtg-cites-sc-65", wizard.page.values().get("meeting"));

			Combo language = (Combo) after(wizard.page.getControl(), "Language:");
			assertEquals(List.of("English", "Fran\u00e7ais", "Espa\u00f1ol"), Arrays.asList(language.getItems()));
			assertEquals("en", wizard.page.values().get("language"), "English unless another is chosen");
			choose(language, "Espa\u00f1ol");
			assertEquals("es", wizard.page.values().get("language"));
		});
	}

	// ---- the wizard, driven as a user would

	/** The open wizard: its shell and page. */
	private record Opened(Shell shell, GenerateReportPage page) {
		GenerateReportWizard wizard() {
			return (GenerateReportWizard) page.getWizard();
		}
	}

	@FunctionalInterface
	private interface Steps {
		void in(Opened wizard) throws Exception;
	}

	/**
	 * Does {@code opening}, which must open the Generate Report wizard, and {@code steps} in the
	 * wizard (in the dialog's own event loop: the handler's dialog is modal); the wizard is
	 * cancelled if the steps do not finish it.
	 */
	private void inTheWizard(Dialogs.Opening opening, Steps steps) throws Exception {
		Dialogs.whileOpen(display, TITLE, opening, shell -> {
			assertTrue(
					shell.getData() instanceof WizardDialog dialog
							&& dialog.getCurrentPage() instanceof GenerateReportPage,
					"the wizard opened, not " + shell.getData());
			steps.in(new Opened(shell, (GenerateReportPage) ((WizardDialog) shell.getData()).getCurrentPage()));
		});
	}

	private void runTheCommand() throws Exception {
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(GENERATE, null);
	}

	/** Types {@code file} as the output, leaves "Open the report" off (no viewer here), presses Finish. */
	private static void finish(Opened wizard, Path file, AtomicReference<IStatus> result) {
		type(wizard.page.getOutputField(), file.toString());
		Button open = wizard.page.getOpenButton();
		open.setSelection(false);
		open.notifyListeners(SWT.Selection, new Event());
		assertEquals(null, wizard.page.getErrorMessage());
		wizard.wizard().whenDone(result::set);
		Dialogs.press(wizard.shell, "Finish");
	}

	private void awaitSuccess(AtomicReference<IStatus> result) {
		UiWait.until(display, TIMEOUT, "the report job", () -> result.get() != null);
		assertTrue(result.get().isOK(), result.get().toString());
	}

	/** What a key press and the text typed do to a field: the field counts as edited, Modify follows. */
	private static void type(Text field, String text) {
		assertTrue(field.isEnabled(), "the field is enabled");
		field.notifyListeners(SWT.KeyDown, new Event());
		field.setText(text);
	}

	/** Chooses the item {@code label} in a read-only combo, as a click in its list does. */
	private static void choose(Combo combo, String label) {
		int index = Arrays.asList(combo.getItems()).indexOf(label);
		assertTrue(index >= 0, label + " is not among " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** The text field that follows the label "Reporting date:". */
	private static Text reportingDateField(Opened wizard) {
		return (Text) after(wizard.page.getControl(), "&Reporting date:");
	}

	private static Control after(Control root, String label) {
		if (root instanceof Composite composite) {
			Control[] children = composite.getChildren();
			for (int i = 0; i < children.length - 1; i++) {
				if (children[i] instanceof org.eclipse.swt.widgets.Label l && label.equals(l.getText())) {
					return children[i + 1];
				}
				Control found = after(children[i], label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	// ---- the workbench window's menus and tool bar

	private static Menu menu(Menu bar, String label) {
		return item(bar, label).getMenu();
	}

	private static MenuItem item(Menu menu, String label) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").split("\t")[0].equals(label))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no item " + label + " in " + Arrays.toString(menu.getItems())));
	}

	/** The tool item of the window's tool bars whose tool tip starts with {@code tip}. */
	private static ToolItem toolItem(Shell window, String tip) {
		List<ToolItem> items = new ArrayList<>();
		collectToolItems(window, items);
		return items.stream().filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith(tip)).findFirst()
				.orElseThrow(() -> new AssertionError("no tool bar button \"" + tip + "...\" among "
						+ items.stream().map(ToolItem::getToolTipText).toList()));
	}

	private static void collectToolItems(Control control, List<ToolItem> items) {
		if (control instanceof ToolBar bar) {
			items.addAll(Arrays.asList(bar.getItems()));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectToolItems(child, items);
			}
		}
	}

	// ---- reading what was written

	private void assertOnlyFileIn(Path report) throws Exception {
		try (var files = Files.list(dir)) {
			assertEquals(List.of(report), files.toList(), "no temporary file left");
		}
	}

	private static List<String> pdfPages(Path pdf) throws Exception {
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page).replace('\u00a0', ' '));
			}
			return pages;
		} finally {
			reader.close();
		}
	}

	private static String cell(DataFormatter text, Sheet sheet, int row, int column) {
		assertNotNull(sheet, "the sheet");
		Row r = sheet.getRow(row);
		return r == null || r.getCell(column) == null ? "" : text.formatCellValue(r.getCell(column)).strip();
	}

	/** The cells of the row whose first cell is {@code first}; empty when there is none. */
	private static List<String> row(DataFormatter text, Sheet sheet, String first) {
		assertNotNull(sheet, "the sheet");
		for (Row r : sheet) {
			if (first.equals(cell(text, sheet, r.getRowNum(), 0))) {
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < r.getLastCellNum(); column++) {
					cells.add(cell(text, sheet, r.getRowNum(), column));
				}
				return cells;
			}
		}
		return List.of();
	}
}
