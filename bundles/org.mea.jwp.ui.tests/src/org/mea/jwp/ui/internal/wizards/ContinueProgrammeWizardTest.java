package org.mea.jwp.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;
import org.mea.jwp.ui.tests.RunningWorkbench;

/** File > New Programme > Continue from...: the next period's programme, as jwp continue makes it. */
@ExtendWith(ScreenshotOnFailure.class)
class ContinueProgrammeWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	@AfterEach
	void backToTheEmbeddedProgramme() throws Exception {
		RunningWorkbench.openEmbeddedProgramme();
	}

	@Test
	void theMenuItemMakesTheProgrammeOfTheNextPeriodAndTheOpenOneRecordsIt() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = org.mea.jwp.ui.tests.RunningWorkbench.ready();
		Path earlierFile = dir.resolve("jwp-2012-2014.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), earlierFile);
		assertTrue(OpenProgrammeHandler.open(earlierFile, workbench.getActiveWorkbenchWindow().getShell()));
		ProgrammeSession earlier = context.get(ProgrammeSession.class);
		assertEquals(earlierFile, earlier.getFile());

		Menu file = item(workbench.getActiveWorkbenchWindow().getShell().getMenuBar(), "File").getMenu();
		file.notifyListeners(SWT.Show, new Event());
		Menu submenu = item(file, "New Programme").getMenu();
		submenu.notifyListeners(SWT.Show, new Event());
		MenuItem continueFrom = item(submenu, "Continue from...");
		Path target = dir.resolve("jwp-2015-2020.jwp");
		List<String> carried = new java.util.ArrayList<>();

		Dialogs.whileOpen(display, "Continue Programme", () -> continueFrom.notifyListeners(SWT.Selection, new Event()),
				shell -> {
					ContinueProgrammePage page = (ContinueProgrammePage) ((WizardDialog) shell.getData())
							.getCurrentPage();
					assertEquals("Continue from CMS-CITES Joint Work Programme 2012-2014", page.getTitle());
					assertEquals(dir.resolve("jwp-2015-2020.jwp").toString(), page.getFileField().getText(),
							"beside the open programme, named after the period");
					setYear(page, 2014);
					assertTrue(page.getErrorMessage().startsWith("Period: the new programme starts after 2014"),
							page.getErrorMessage());
					assertFalse(Dialogs.isEnabled(shell, "Finish"), "no Finish while the period overlaps");
					setYear(page, 2015);
					assertEquals(null, page.getErrorMessage());
					// the open activities are ticked; untick B2 as a user does, with the item's check box
					TableItem b2 = Arrays.stream(page.getActivitiesViewer().getTable().getItems())
							.filter(item -> item.getText(0).equals("B2")).findFirst().orElseThrow();
					assertTrue(b2.getChecked(), "B2 is on-going: ticked");
					b2.setChecked(false);
					Event check = new Event();
					check.detail = SWT.CHECK;
					check.item = b2;
					page.getActivitiesViewer().getTable().notifyListeners(SWT.Selection, check);
					page.getCarried().forEach(activity -> carried.add(activity.getCode()));
					assertFalse(carried.contains("B2"));
					assertTrue(page.getMessage().startsWith(carried.size() + " of 31 activities carried forward"),
							page.getMessage());
					Screenshots.print(shell, "continue-wizard");
					Dialogs.press(shell, "Finish");
				});
		file.notifyListeners(SWT.Hide, new Event());

		ProgrammeSession opened = context.get(ProgrammeSession.class);
		assertEquals(target, opened.getFile(), "the new programme is open");
		Programme written = ProgrammeStore.programme(new ProgrammeStore().load(target));
		assertEquals(carried, written.activities().stream().map(Activity::getCode).toList());
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", written.getTitle());

		// what jwp continue writes for the same choice (the command calls the same Continuation.from)
		Programme fresh = ProgrammeStore.programme(DefaultProgramme.load());
		Programme expected = Continuation.from(fresh, 2015, 2020, carried.stream().map(fresh::findActivity).toList());
		assertTrue(EcoreUtil.equals(expected, written), "the same programme as jwp continue makes");

		Programme earlierOnDisk = ProgrammeStore.programme(new ProgrammeStore().load(earlierFile));
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", earlierOnDisk.getSuccessor(),
				"the earlier file records its successor");
		assertEquals("CMS-CITES Joint Work Programme 2015-2020",
				earlierOnDisk.findActivity("B6").getCarriedForwardTo());
		assertEquals(null, earlierOnDisk.findActivity("B2").getCarriedForwardTo(), "B2 was not carried forward");
		ReportingCycle finalCycle = Continuation.finalCycle(earlierOnDisk);
		assertEquals(LocalDate.of(2014, 12, 31), finalCycle.getBaseline().getDate(), "the final baseline is recorded");
		assertEquals(31, finalCycle.getBaseline().getEntries().size());
		assertTrue(Files.exists(ProgrammeStore.backupOf(earlierFile)));
	}

	/** What typing a year does: the value set, Modify sent (the page checks on Modify). */
	private static void setYear(ContinueProgrammePage page, int year) {
		page.getFirstYearField().setSelection(year);
		page.getFirstYearField().notifyListeners(SWT.Modify, new Event());
	}

	private static MenuItem item(Menu menu, String label) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").split("\t")[0].equals(label))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no item " + label + " in " + Arrays.toString(menu.getItems())));
	}
}
