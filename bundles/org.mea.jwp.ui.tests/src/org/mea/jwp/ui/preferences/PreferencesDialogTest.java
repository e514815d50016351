package org.mea.jwp.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.core.validation.ConstraintPreferences;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.tests.PreferencesDialog;

/**
 * Window > Preferences > JWP Workbench and its pages, opened by the workbench's command and
 * closed with the dialog's buttons: what is typed, ticked or restored is what is stored, a wrong
 * date is named and cannot be applied, and the open programme follows.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PreferencesDialogTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final String MAIN = "org.mea.jwp.ui.preferences";
	private static final String RULES = "org.mea.jwp.ui.preferences.rules";
	private static final String DEADLINES = "org.mea.jwp.ui.preferences.deadlines";
	private static final String LANGUAGE = "org.mea.jwp.app.preferences.language";
	private static final String OVERDUE = "org.mea.jwp.core.activity.overdue";

	private Display display;
	private ProgrammeSession session;

	@BeforeEach
	void programme() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		session = context.get(ProgrammeSession.class);
	}

	@AfterEach
	void restore() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(JwpPreferences.NODE);
		node.remove(JwpPreferences.REPORTING_DATE);
		node.remove(JwpPreferences.DEFAULT_COMMITTEE);
		node.remove(JwpPreferences.AUTHOR);
		ConstraintPreferences.setDisabled(Set.of());
		DeadlineRules.defaults().store();
	}

	@Test
	void theMainPageNamesAWrongDateAndStoresWhatIsTyped() throws Exception {
		PreferencesDialog.use(MAIN, dialog -> {
			Composite page = body(dialog);
			Text date = field(page, "Reporting date", Text.class);
			assertEquals("", date.getText(), "none: the last day of the programme's period");
			assertEquals(LocalDate.of(2014, 12, 31), session.reportingDate(), "the 2012-2014 programme's");
			type(date, "31/12/2013");
			assertEquals("\"31/12/2013\" is not a date; use the form 2014-12-31",
					((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getErrorMessage());
			assertFalse(Dialogs.isEnabled(dialog.getShell(), PreferencesDialog.APPLY_AND_CLOSE),
					"a wrong date cannot be applied");
			type(date, "2013-12-31");
			assertTrue(Dialogs.isEnabled(dialog.getShell(), PreferencesDialog.APPLY_AND_CLOSE));
			Combo committee = field(page, "Default committee", Combo.class);
			committee.select(Arrays.asList(committee.getItems()).indexOf("CMS Standing Committee (StC)"));
			committee.notifyListeners(SWT.Selection, new Event());
			type(field(page, "Author or secretariat", Text.class), "CMS Secretariat, Bonn");
		}, PreferencesDialog.APPLY_AND_CLOSE);

		assertEquals(LocalDate.of(2013, 12, 31), session.reportingDate());
		var node = InstanceScope.INSTANCE.getNode(JwpPreferences.NODE);
		assertEquals("CMS_STC", node.get(JwpPreferences.DEFAULT_COMMITTEE, null));
		assertEquals("CMS Secretariat, Bonn", node.get(JwpPreferences.AUTHOR, null));

		// Cancel stores nothing
		PreferencesDialog.use(MAIN, dialog -> field(body(dialog), "Reporting date",
				Text.class).setText("2012-06-30"), "Cancel");
		assertEquals(LocalDate.of(2013, 12, 31), session.reportingDate(), "Cancel keeps the stored date");
	}

	@Test
	void theLanguageChosenIsKeptInTheWorkspaceWhereTheStartScriptsReadIt() throws Exception {
		java.nio.file.Path prefs = java.nio.file.Path
				.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.mea.jwp.app.prefs");
		try {
			PreferencesDialog.use(LANGUAGE, dialog -> {
				Composite page = body(dialog);
				Combo language = field(page, "Language", Combo.class);
				assertEquals("The system\u2019s language", language.getText(), "none chosen: the system's");
				assertEquals(List.of("The system\u2019s language", "English", "Fran\u00e7ais", "Espa\u00f1ol"),
						List.of(language.getItems()),
						"each language named in itself");
				language.select(2);
				language.notifyListeners(SWT.Selection, new Event());
			}, PreferencesDialog.APPLY_AND_CLOSE);
			// the line the start script (rootfiles/unix/language.sh) looks for
			assertTrue(java.nio.file.Files.readAllLines(prefs).contains("language=fr"), prefs + " has language=fr");
		} finally {
			InstanceScope.INSTANCE.getNode("org.mea.jwp.app").remove("language");
			InstanceScope.INSTANCE.getNode("org.mea.jwp.app").flush();
		}
	}

	@Test
	void withNoDateSetEachProgrammeIsMeasuredAtTheEndOfItsOwnPeriod() {
		Programme plan = JwpFactory.eINSTANCE.createProgramme();
		plan.setPeriodStart(2016);
		plan.setPeriodEnd(2018);
		assertEquals(LocalDate.of(2018, 12, 31), JwpPreferences.reportingDate(plan));
		assertEquals(LocalDate.of(2014, 12, 31), JwpPreferences.reportingDate(session.getProgramme()));
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).put(JwpPreferences.REPORTING_DATE, "2017-06-30");
		assertEquals(LocalDate.of(2017, 6, 30), JwpPreferences.reportingDate(plan), "a date set is everybody's");
	}

	@Test
	void untickingARuleSwitchesItOffAndRevalidatesAndRestoreDefaultsTicksItAgain() throws Exception {
		session.validate(session.reportingDate());
		assertTrue(overdueFindings(), "the embedded programme has overdue activities at the end of 2014");

		PreferencesDialog.use(RULES, dialog -> {
			TableItem overdue = ruleRow(dialog, "Overdue activities");
			assertTrue(overdue.getChecked(), "every rule is on at first");
			overdue.setChecked(false); // a click on the check box
			Event click = new Event();
			click.detail = SWT.CHECK;
			click.item = overdue;
			overdue.getParent().notifyListeners(SWT.Selection, click);
		}, PreferencesDialog.APPLY_AND_CLOSE);
		assertEquals(Set.of(OVERDUE), ConstraintPreferences.disabled());
		UiWait.until(display, TIMEOUT, "validation without the overdue rule", () -> !overdueFindings());

		PreferencesDialog.use(RULES, dialog -> {
			assertFalse(ruleRow(dialog, "Overdue activities").getChecked(), "the page shows what is stored");
			Dialogs.press(dialog.getShell(), "Restore Defaults");
			assertTrue(ruleRow(dialog, "Overdue activities").getChecked(), "Restore Defaults ticks every rule");
		}, PreferencesDialog.APPLY_AND_CLOSE);
		assertEquals(Set.of(), ConstraintPreferences.disabled());
		UiWait.until(display, TIMEOUT, "the overdue rule back", this::overdueFindings);
	}

	@Test
	void theDeadlinesPageStoresTheDaysAndRestoreDefaultsGivesTheShippedValues() throws Exception {
		PreferencesDialog.use(DEADLINES, dialog -> {
			Composite page = body(dialog);
			assertEquals(60, field(page, "CITES", Spinner.class).getSelection());
			Spinner cms = field(page, "CMS", Spinner.class);
			assertEquals(45, cms.getSelection());
			cms.setSelection(30);
			cms.notifyListeners(SWT.Modify, new Event());
		}, PreferencesDialog.APPLY_AND_CLOSE);
		assertEquals(30, DeadlineRules.fromPreferences().daysBefore(Convention.CMS));
		assertEquals(60, DeadlineRules.fromPreferences().daysBefore(Convention.CITES));

		PreferencesDialog.use(DEADLINES, dialog -> {
			Composite page = body(dialog);
			assertEquals(30, field(page, "CMS", Spinner.class).getSelection(), "the page shows what is stored");
			Dialogs.press(dialog.getShell(), "Restore Defaults");
			assertEquals(45, field(page, "CMS", Spinner.class).getSelection());
		}, PreferencesDialog.APPLY_AND_CLOSE);
		assertEquals(45, DeadlineRules.fromPreferences().daysBefore(Convention.CMS));
	}

	private boolean overdueFindings() {
		return session.getLastValidation() != null && reports(session.getLastValidation(), OVERDUE);
	}

	private static boolean reports(Diagnostic diagnostic, String rule) {
		return diagnostic.getData().contains(rule) || diagnostic.getChildren().stream().anyMatch(d -> reports(d, rule));
	}

	/** Replaces the field's text key by key: each key's release is what the field editors check. */
	private static void type(Text field, String text) {
		field.setText("");
		for (char c : text.toCharArray()) {
			field.insert(String.valueOf(c));
			Event key = new Event();
			key.character = c;
			field.notifyListeners(SWT.KeyDown, key);
			field.notifyListeners(SWT.KeyUp, key);
		}
	}

	/** The controls of the page shown in {@code dialog}. */
	private static Composite body(PreferenceDialog dialog) {
		return (Composite) ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getControl();
	}

	private static TableItem ruleRow(PreferenceDialog dialog, String name) {
		ValidationRulesPreferencePage page = (ValidationRulesPreferencePage) dialog.getSelectedPage();
		return Arrays.stream(page.getRules().getTable().getItems()).filter(item -> item.getText(0).equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no rule " + name));
	}

	/** The control of type {@code type} that follows the label starting with {@code label} (mnemonics ignored). */
	static <T extends Control> T field(Composite parent, String label, Class<T> type) {
		List<Control> controls = flatten(parent);
		for (int i = 0; i < controls.size(); i++) {
			if (controls.get(i) instanceof Label l && l.getText().replace("&", "").startsWith(label)) {
				for (int j = i + 1; j < controls.size(); j++) {
					if (type.isInstance(controls.get(j))) {
						return type.cast(controls.get(j));
					}
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " after the label " + label);
	}

	private static List<Control> flatten(Composite parent) {
		List<Control> result = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			result.add(child);
			if (child instanceof Composite nested && !(child instanceof Spinner) && !(child instanceof Combo)) {
				result.addAll(flatten(nested));
			}
		}
		return result;
	}
}
