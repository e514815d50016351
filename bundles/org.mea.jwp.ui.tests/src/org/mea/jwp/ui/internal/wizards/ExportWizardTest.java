package org.mea.jwp.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * File > Export > JWP Workbench > Programme to a File, in the running workbench: the formats are
 * the registry's (a test fragment's contribution included), the file follows the format, Finish
 * writes the file in a background job, and an existing file is replaced only when confirmed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExportWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path dir;

	private Display display;
	private WizardDialog dialog;
	private ExportWizard wizard;
	private ExportPage page;

	@BeforeEach
	void openWizard() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, Duration.ofSeconds(30), "the programme",
				() -> context.get(ProgrammeSession.class) != null);
		// created from its declaration, as File > Export does
		IWizardDescriptor descriptor = workbench.getExportWizardRegistry().findWizard(ExportWizard.ID);
		wizard = (ExportWizard) descriptor.createWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
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

	private void choose(String formatId) {
		DataFormat format = DataFormats.get().exporter(formatId).orElseThrow();
		page.getFormatViewer().setSelection(new StructuredSelection(format), true);
		UiWait.flush(display);
	}

	private IStatus finish() {
		AtomicReference<IStatus> result = new AtomicReference<>();
		wizard.whenDone(result::set);
		Dialogs.press(dialog.getShell(), "Finish");
		UiWait.until(display, TIMEOUT, "the export job", () -> result.get() != null);
		return result.get();
	}

	@Test
	void everyExporterOfTheRegistryIsListedAndTheChosenOneWritesTheFile() throws Exception {
		@SuppressWarnings("unchecked")
		List<DataFormat> listed = (List<DataFormat>) page.getFormatViewer().getInput();
		assertEquals(DataFormats.get().exporters(), listed);
		List<String> names = Arrays.stream(page.getFormatViewer().getTable().getItems()).map(i -> i.getText()).toList();
		assertTrue(names.contains("Activity codes (UI test)  (*.codes)"), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.startsWith("IATI")), names.toString());

		choose("org.mea.jwp.core.taxa.csv");
		assertTrue(page.getFileField().getText().endsWith(".csv"), page.getFileField().getText());
		choose("org.mea.jwp.ui.tests.codes");
		assertTrue(page.getFileField().getText().endsWith("programme.codes"),
				"the file follows the format: " + page.getFileField().getText());
		Screenshots.print(dialog.getShell(), "export-wizard");

		Path output = dir.resolve("codes.codes");
		page.getFileField().setText(output.toString());
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		IStatus status = finish();
		assertTrue(status.isOK(), status.toString());
		List<String> codes = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertEquals(31, codes.size());
		assertEquals("A1", codes.get(0));
		assertEquals("D4", codes.get(30));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left");
		}
	}

	@Test
	void aBuiltInFormatIsWrittenAndAWrongFolderIsNamed() throws Exception {
		choose("org.mea.jwp.core.taxa.csv");
		page.getFileField().setText(dir.resolve("missing/taxa.csv").toString());
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().startsWith("Output file: the folder"), page.getErrorMessage());
		assertFalse(Dialogs.isEnabled(dialog.getShell(), "Finish"));

		Path output = dir.resolve("taxa.txt");
		page.getFileField().setText(output.toString());
		assertNull(page.getErrorMessage());
		assertEquals(IMessageProvider.WARNING, page.getMessageType(), "another extension is only a warning");
		assertTrue(page.getMessage().contains("does not end in .csv"), page.getMessage());
		IStatus status = finish();
		assertTrue(status.isOK(), status.toString());
		List<String> rows = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertTrue(rows.get(0).replace("\uFEFF", "").startsWith("Scientific Name"), rows.get(0));
		assertEquals(15, rows.size(), "the header and the 14 taxa");
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
		choose("org.mea.jwp.ui.tests.codes");
		Path output = dir.resolve("existing.codes");
		Files.writeString(output, "kept");
		page.getFileField().setText(output.toString());
		assertTrue(page.getMessage().contains("you will be asked"), page.getMessage());

		AtomicReference<String> question = new AtomicReference<>();
		Dialogs.answerNext(display, "Replace File", "No", question);
		Dialogs.press(dialog.getShell(), "Finish");
		UiWait.until(display, TIMEOUT, "the question", () -> question.get() != null);
		assertTrue(question.get().contains("existing.codes already exists"), question.get());
		assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard stays open");
		assertEquals("kept", Files.readString(output));

		Dialogs.answerNext(display, "Replace File", "Yes", null);
		IStatus status = finish();
		assertTrue(status.isOK(), status.toString());
		assertTrue(Files.readString(output).startsWith("A1\n"), "replaced");
	}
}
