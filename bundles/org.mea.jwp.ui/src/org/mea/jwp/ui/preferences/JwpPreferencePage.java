package org.mea.jwp.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window > Preferences > JWP Workbench. */
public class JwpPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public JwpPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, JwpPreferences.NODE));
		setDescription(Messages.JwpPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor date = new StringFieldEditor(JwpPreferences.REPORTING_DATE,
				Messages.JwpPreferencePage_reportingDate,
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
					setErrorMessage(NLS.bind(Messages.JwpPreferencePage_notDate, getStringValue()));
					return false;
				}
			}
		};
		date.setEmptyStringAllowed(true);
		addField(date);
		addField(new ComboFieldEditor(JwpPreferences.DEFAULT_COMMITTEE, Messages.JwpPreferencePage_defaultCommittee,
				new String[][] {
						{ Messages.JwpPreferencePage_firstStandingCommittee, "" }, //$NON-NLS-1$
						{ Messages.JwpPreferencePage_citesSC, "CITES_SC" }, //$NON-NLS-1$
						{ Messages.JwpPreferencePage_cmsStC, "CMS_STC" } }, //$NON-NLS-1$
				getFieldEditorParent()));
		StringFieldEditor author = new StringFieldEditor(JwpPreferences.AUTHOR, Messages.JwpPreferencePage_author,
				getFieldEditorParent());
		author.getTextControl(getFieldEditorParent()).setMessage(Messages.JwpPreferencePage_authorHint);
		addField(author);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}
}
