package org.mea.jwp.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > JWP Workbench > Sharing: the author of the workbench's commits. */
public class TeamPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TeamPreferencePage() {
		super(GRID);
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, JwpPreferences.NODE);
		// what the page shows first is what a commit would use: Git's own user.name/user.email until set here
		store.setDefault(TeamPreferences.AUTHOR_NAME, TeamPreferences.authorName());
		store.setDefault(TeamPreferences.AUTHOR_EMAIL, TeamPreferences.authorEmail());
		setPreferenceStore(store);
		setDescription(Messages.TeamPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(TeamPreferences.AUTHOR_NAME, Messages.TeamPreferencePage_authorName,
				getFieldEditorParent()));
		StringFieldEditor email = new StringFieldEditor(TeamPreferences.AUTHOR_EMAIL,
				Messages.TeamPreferencePage_authorEmail, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().strip();
				if (!value.isEmpty() && !value.contains("@")) { //$NON-NLS-1$
					setErrorMessage(NLS.bind(Messages.TeamPreferencePage_notEmail, value));
					return false;
				}
				return true;
			}
		};
		addField(email);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}
}
