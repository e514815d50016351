package org.mea.jwp.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window > Preferences > JWP Workbench. */
public class JwpPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public JwpPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, JwpPreferences.NODE));
		setDescription("Progress is measured against the reporting date: overdue activities, validation and reports use it. " //$NON-NLS-1$
				+ "Left empty, it is the last day of the open programme's period."); //$NON-NLS-1$
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor date = new StringFieldEditor(JwpPreferences.REPORTING_DATE, "&Reporting date (YYYY-MM-DD):", //$NON-NLS-1$
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				if (getStringValue().isBlank()) {
					return true; // the programme's own
				}
				try {
					LocalDate.parse(getStringValue().strip());
					return true;
				} catch (DateTimeParseException e) {
					setErrorMessage("\"" + getStringValue() + "\" is not a date; use the form 2014-12-31"); //$NON-NLS-1$ //$NON-NLS-2$
					return false;
				}
			}
		};
		date.setEmptyStringAllowed(true);
		addField(date);
		addField(new ComboFieldEditor(JwpPreferences.DEFAULT_COMMITTEE, "Default &committee:", new String[][] { //$NON-NLS-1$
				{ "The programme's first Standing Committee", "" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ "CITES Standing Committee (SC)", "CITES_SC" }, { "CMS Standing Committee (StC)", "CMS_STC" } }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				getFieldEditorParent()));
		StringFieldEditor author = new StringFieldEditor(JwpPreferences.AUTHOR, "&Author or secretariat:", getFieldEditorParent()); //$NON-NLS-1$
		author.getTextControl(getFieldEditorParent()).setMessage("the committee's secretariat"); //$NON-NLS-1$
		addField(author);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}
}
