package org.mea.jwp.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.validation.ConstraintDescriptor;
import org.mea.jwp.core.validation.ConstraintPreferences;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Window > Preferences > JWP Workbench > Validation Rules: unticking a rule stores it as switched
 * off and the open programme is validated again without it; Restore Defaults ticks every rule.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ValidationRulesPreferencePageTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final String OVERDUE = "org.mea.jwp.core.activity.overdue";

	private Display display;
	private ProgrammeSession session;
	private PreferenceDialog dialog;

	@BeforeEach
	void openPage() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		session = context.get(ProgrammeSession.class);
		dialog = PreferencesUtil.createPreferenceDialogOn(workbench.getActiveWorkbenchWindow().getShell(),
				"org.mea.jwp.ui.preferences.rules", null, null); //$NON-NLS-1$
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void restore() throws Exception {
		if (dialog.getShell() != null) {
			dialog.close();
		}
		ConstraintPreferences.setDisabled(Set.of());
	}

	private boolean overdueFindings() {
		return session.getLastValidation() != null && reports(session.getLastValidation(), OVERDUE);
	}

	private static boolean reports(Diagnostic diagnostic, String rule) {
		return diagnostic.getData().contains(rule) || diagnostic.getChildren().stream().anyMatch(d -> reports(d, rule));
	}

	@Test
	void untickingARuleSwitchesItOffAndRevalidates() throws Exception {
		session.validate(JwpPreferences.reportingDate());
		assertTrue(overdueFindings(), "the embedded programme has overdue activities at the end of 2014");

		ValidationRulesPreferencePage page = (ValidationRulesPreferencePage) dialog.getSelectedPage();
		List<?> rules = (List<?>) page.getRules().getInput();
		assertTrue(rules.size() >= 7, "the seven built-in rules at least: " + rules.size());
		ConstraintDescriptor overdue = rules.stream().map(ConstraintDescriptor.class::cast)
				.filter(r -> r.id().equals(OVERDUE)).findFirst().orElseThrow();
		assertTrue(page.getRules().getChecked(overdue), "every rule is on at first");
		assertEquals("Overdue activities", page.getRules().getTable().getItem(rules.indexOf(overdue)).getText(0));

		page.getRules().setChecked(overdue, false);
		assertTrue(page.performOk());
		dialog.close();
		assertEquals(Set.of(OVERDUE), ConstraintPreferences.disabled());
		UiWait.until(display, TIMEOUT, "validation without the overdue rule", () -> !overdueFindings());

		dialog = PreferencesUtil.createPreferenceDialogOn(display.getActiveShell(), "org.mea.jwp.ui.preferences.rules", null, //$NON-NLS-1$
				null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		page = (ValidationRulesPreferencePage) dialog.getSelectedPage();
		assertFalse(page.getRules().getChecked(overdue), "the page shows what is stored");
		page.performDefaults();
		assertTrue(page.getRules().getChecked(overdue), "Restore Defaults ticks every rule");
		assertTrue(page.performOk());
		UiWait.until(display, TIMEOUT, "the overdue rule back", this::overdueFindings);
	}
}
