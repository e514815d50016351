package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.preferences.JwpPreferences;

/** Programme > Validate, the Problems view and the reporting-date preference. */
@ExtendWith(ScreenshotOnFailure.class)
class ValidationInTheWorkbenchTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final String VALIDATE = "org.mea.jwp.ui.commands.validate";

	private IWorkbench workbench;
	private Display display;
	private ProgrammeSession session;
	private IWorkbenchPage page;

	@BeforeEach
	void openProgramme() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		session = context.get(ProgrammeSession.class);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void restore() {
		while (session.getCommandStack().canUndo()) {
			session.getCommandStack().undo();
		}
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).remove(JwpPreferences.REPORTING_DATE);
	}

	private ProblemsView validate() throws Exception {
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(VALIDATE, null);
		UiWait.flush(display);
		return (ProblemsView) page.findView(ProblemsView.ID);
	}

	@Test
	void findingsAreListedErrorsFirstAndOpenTheElement() throws Exception {
		Activity b7 = session.getProgramme().findActivity("B7");
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), b7,
				JwpPackage.Literals.ACTIVITY__LEAD, LeadSecretariat.UNASSIGNED));
		ProblemsView problems = validate();
		List<Diagnostic> findings = problems.getFindings();
		assertEquals("Activity B7 has no lead secretariat; choose CITES, CMS or joint", findings.get(0).getMessage());
		assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
		assertTrue(findings.stream().anyMatch(d -> d.getMessage().startsWith("Activity A1 is overdue")),
				"overdue on the default reporting date 2014-12-31");
		Screenshots.capture(display, "problems");

		problems.open(findings.get(0));
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.findView(ProgrammeExplorerView.ID);
		assertEquals(b7, explorer.getViewer().getStructuredSelection().getFirstElement());

		session.getCommandStack().undo();
		assertTrue(validate().getFindings().stream().noneMatch(d -> d.getSeverity() == Diagnostic.ERROR));
	}

	@Test
	void validationIsLiveAfterEachChange() throws Exception {
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		Activity c1 = session.getProgramme().findActivity("C1");
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), c1,
				JwpPackage.Literals.ACTIVITY__LEAD, LeadSecretariat.UNASSIGNED));
		// no Validate command: the findings follow the change a moment later
		UiWait.until(display, java.time.Duration.ofSeconds(10), "the finding about C1", () -> problems.getFindings()
				.stream().anyMatch(d -> d.getMessage().startsWith("Activity C1 has no lead secretariat")));
		session.getCommandStack().undo();
		UiWait.until(display, java.time.Duration.ofSeconds(10), "the finding to go", () -> problems.getFindings()
				.stream().noneMatch(d -> d.getMessage().startsWith("Activity C1 has no lead secretariat")));
	}

	@Test
	void theReportingDatePreferenceDecidesWhatIsOverdue() throws Exception {
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).put(JwpPreferences.REPORTING_DATE, "2012-06-30");
		assertFalse(validate().getFindings().stream().anyMatch(d -> d.getMessage().contains("is overdue")));
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).put(JwpPreferences.REPORTING_DATE, "2013-12-31");
		List<String> overdue = validate().getFindings().stream().map(Diagnostic::getMessage)
				.filter(m -> m.contains("is overdue")).toList();
		assertTrue(overdue.stream().anyMatch(m -> m.startsWith("Activity A1 ")), overdue.toString());
		assertTrue(overdue.stream().noneMatch(m -> m.startsWith("Activity A5 ")), "A5 (2012-13) is due on 2013-12-31");
	}

	@Test
	void programmeValidateInTheMenuBarShowsTheFindings() throws Exception {
		unassignB7AndCloseProblems();
		MenuItem validate = org.mea.jwp.ui.tests.MenuBar.item("Programme", "Validate");
		assertTrue(validate.getText().endsWith("\tCtrl+Alt+V"), "the key shown beside it: " + validate.getText());
		org.mea.jwp.ui.tests.MenuBar.pick("Programme", "Validate");
		assertTrue(b7FindingShown(), "Programme > Validate opened the Problems view with B7's finding");
	}

	@Test
	void ctrlAltVValidatesThroughTheBindingService() throws Exception {
		unassignB7AndCloseProblems();
		IBindingService bindings = workbench.getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+M3+V"));
		assertTrue(binding != null, "Ctrl+Alt+V is bound in the active contexts");
		assertEquals(VALIDATE, binding.getParameterizedCommand().getId(), "Ctrl+Alt+V runs Validate");
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand(binding.getParameterizedCommand(), null);
		assertTrue(b7FindingShown(), "Ctrl+Alt+V opened the Problems view with B7's finding");
	}

	/** An error to find: B7 without a lead secretariat; and the Problems view closed, to see it open. */
	private void unassignB7AndCloseProblems() {
		Activity b7 = session.getProgramme().findActivity("B7");
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), b7,
				JwpPackage.Literals.ACTIVITY__LEAD, LeadSecretariat.UNASSIGNED));
		hideProblems();
	}

	private void hideProblems() {
		ProblemsView open = (ProblemsView) page.findView(ProblemsView.ID);
		if (open != null) {
			page.hideView(open);
		}
		assertTrue(page.findView(ProblemsView.ID) == null, "the Problems view is closed before");
	}

	private boolean b7FindingShown() {
		UiWait.until(display, TIMEOUT, "the Problems view with B7's finding", () -> {
			ProblemsView problems = (ProblemsView) page.findView(ProblemsView.ID);
			return problems != null && problems.getFindings().stream()
					.anyMatch(d -> d.getMessage()
							.equals("Activity B7 has no lead secretariat; choose CITES, CMS or joint"));
		});
		return true;
	}
}
