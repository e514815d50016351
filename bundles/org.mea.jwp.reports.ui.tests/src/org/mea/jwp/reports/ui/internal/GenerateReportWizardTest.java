package org.mea.jwp.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.reports.Committee;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/** Programme > Generate Report in the running workbench: defaults, checks, and a PDF written by a job. */
@ExtendWith(ScreenshotOnFailure.class)
class GenerateReportWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	Path dir;

	private Display display;
	private WizardDialog dialog;
	private GenerateReportWizard wizard;
	private GenerateReportPage page;

	@BeforeEach
	void openWizard() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, Duration.ofSeconds(30), "the programme", () -> context.get(ProgrammeSession.class) != null);
		wizard = new GenerateReportWizard(context.get(ProgrammeSession.class));
		dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		page = wizard.getPage();
	}

	@AfterEach
	void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	@Test
	void defaultsFollowTheCommitteeAndWrongFieldsAreNamed() throws Exception {
		page.getCommitteeViewer().setSelection(new StructuredSelection(Committee.CITES_SC));
		assertEquals("SC65 Doc. 14.3", page.getSymbolField().getText());
		assertTrue(page.getOutputField().getText().endsWith("SC65-Doc.-14.3.pdf"), page.getOutputField().getText());
		Screenshots.capture(dialog.getShell(), "generate-report-wizard");
		page.getCommitteeViewer().setSelection(new StructuredSelection(Committee.CMS_STC));
		assertEquals("UNEP/CMS/StC40/Doc.14.3", page.getSymbolField().getText());

		page.getOutputField().setText(dir.resolve("missing/report.pdf").toString());
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().startsWith("Output file:"), page.getErrorMessage());
		page.getSymbolField().setText(" ");
		assertTrue(page.getErrorMessage().startsWith("Document symbol:"), page.getErrorMessage());
	}

	@Test
	void aReportingCycleFillsCommitteeMeetingSymbolAndDate() throws Exception {
		page.getCommitteeViewer().setSelection(new StructuredSelection(Committee.CMS_STC));
		ReportingCycle sc65 = java.util.Arrays.stream((Object[]) page.getCycleViewer().getInput())
				.filter(ReportingCycle.class::isInstance).map(ReportingCycle.class::cast)
				.filter(c -> "cycle-sc65".equals(c.getId())).findFirst().orElseThrow();
		assertTrue(page.getCycleViewer().getCombo().getItem(0).startsWith("(none"), "no cycle by default");
		page.getCycleViewer().setSelection(new StructuredSelection(sc65));
		assertEquals("SC65 \u2013 SC65 Doc. 14.3 (reporting date 2014-05-01)", page.getCycleViewer().getCombo().getText());
		assertEquals(Committee.CITES_SC, page.selectedCommittee(), "the cycle's committee");
		assertEquals("SC65 Doc. 14.3", page.getSymbolField().getText());
		assertEquals("cycle-sc65", page.values().get("cycle"));
		assertEquals("2014-05-01", page.values().get("reportingDate"));
		assertEquals("mtg-cites-sc-65", page.values().get("meeting"));
	}

	@Test
	void theSpeciesConcordanceIsOneOfTheDesigns() throws Exception {
		page.getDesignCombo().select(java.util.Arrays.asList(page.getDesignCombo().getItems()).indexOf(
				"Species concordance  \u2014  Overviews"));
		page.getDesignCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertFalse(page.getSymbolField().isEnabled(), "the progress report's fields are off");
		page.getFormatCombo().select(1); // HTML
		page.getFormatCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(page.getOutputField().getText().endsWith("species-concordance.html"), page.getOutputField().getText());
		Path output = dir.resolve("species.html");
		page.getOutputField().setText(output.toString());
		page.getOpenButton().setSelection(false);
		AtomicReference<IStatus> result = new AtomicReference<>();
		wizard.whenDone(result::set);
		assertTrue(wizard.performFinish());
		UiWait.until(display, TIMEOUT, "the report job", () -> result.get() != null);
		assertTrue(result.get().isOK(), result.get().toString());
		assertTrue(Files.readString(output).contains("SPECIES CONCORDANCE"));
	}

	@Test
	void theStatusOverviewAsAnExcelWorkbook() throws Exception {
		page.getDesignCombo().select(java.util.Arrays.asList(page.getDesignCombo().getItems()).indexOf(
				"Status overview  \u2014  Overviews"));
		page.getDesignCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		page.getFormatCombo().select(page.getFormatCombo().indexOf("XLSX"));
		page.getFormatCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(page.getOutputField().getText().endsWith("status-overview.xlsx"), page.getOutputField().getText());
		Path output = dir.resolve("status.xlsx");
		page.getOutputField().setText(output.toString());
		page.getOpenButton().setSelection(false);
		AtomicReference<IStatus> result = new AtomicReference<>();
		wizard.whenDone(result::set);
		assertTrue(wizard.performFinish());
		UiWait.until(display, TIMEOUT, "the report job", () -> result.get() != null);
		assertTrue(result.get().isOK(), result.get().toString());
		byte[] xlsx = Files.readAllBytes(output);
		assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1), "a zip, as OOXML files are");
		assertTrue(new String(xlsx, StandardCharsets.ISO_8859_1).contains("xl/worksheets/sheet1.xml"), "a worksheet");
	}

	@Test
	void finishWritesThePdfInABackgroundJob() throws Exception {
		page.getCommitteeViewer().setSelection(new StructuredSelection(Committee.CITES_SC));
		Path output = dir.resolve("sc65.pdf");
		page.getOutputField().setText(output.toString());
		page.getOpenButton().setSelection(false); // no PDF viewer in the test machine
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		AtomicReference<IStatus> result = new AtomicReference<>();
		wizard.whenDone(result::set);
		assertTrue(wizard.performFinish());
		UiWait.until(display, TIMEOUT, "the report job", () -> result.get() != null);
		assertTrue(result.get().isOK(), result.get().toString());
		byte[] pdf = Files.readAllBytes(output);
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left");
		}
	}
}
