package org.mea.jwp.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.model.Convention;
import org.mea.jwp.testing.ScreenshotOnFailure;

/** Window > Preferences > JWP Workbench > Reporting Deadlines: stores the rules; Restore Defaults gives 60 and 45. */
@ExtendWith(ScreenshotOnFailure.class)
class DeadlinesPreferencePageTest {

	private PreferenceDialog dialog;

	@AfterEach
	void restore() throws Exception {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		DeadlineRules.defaults().store();
	}

	private DeadlinesPreferencePage open() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		dialog = PreferencesUtil.createPreferenceDialogOn(workbench.getActiveWorkbenchWindow().getShell(),
				"org.mea.jwp.ui.preferences.deadlines", null, null); //$NON-NLS-1$
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (DeadlinesPreferencePage) dialog.getSelectedPage();
	}

	@Test
	void changingTheCmsRuleIsStoredAndRestoreDefaultsGivesTheShippedValues() throws Exception {
		DeadlinesPreferencePage page = open();
		assertEquals(60, page.getCitesDays().getSelection());
		assertEquals(45, page.getCmsDays().getSelection());
		page.getCmsDays().setSelection(30);
		assertTrue(page.performOk());
		dialog.close();
		assertEquals(30, DeadlineRules.fromPreferences().daysBefore(Convention.CMS));
		assertEquals(60, DeadlineRules.fromPreferences().daysBefore(Convention.CITES));

		page = open();
		assertEquals(30, page.getCmsDays().getSelection(), "the page shows what is stored");
		page.performDefaults();
		assertEquals(45, page.getCmsDays().getSelection());
		assertTrue(page.performOk());
		assertEquals(45, DeadlineRules.fromPreferences().daysBefore(Convention.CMS));
	}
}
