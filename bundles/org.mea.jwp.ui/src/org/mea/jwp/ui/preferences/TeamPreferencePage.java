package org.mea.jwp.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
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
		setDescription("Team > Commit records changes under this name and e-mail address. Logins to servers are kept " //$NON-NLS-1$
				+ "in the secure storage (General > Security > Secure Storage), never here."); //$NON-NLS-1$
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(TeamPreferences.AUTHOR_NAME, "Author &name:", getFieldEditorParent())); //$NON-NLS-1$
		StringFieldEditor email = new StringFieldEditor(TeamPreferences.AUTHOR_EMAIL, "Author &e-mail:", getFieldEditorParent()) { //$NON-NLS-1$
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().strip();
				if (!value.isEmpty() && !value.contains("@")) { //$NON-NLS-1$
					setErrorMessage("\"" + value + "\" is not an e-mail address"); //$NON-NLS-1$ //$NON-NLS-2$
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
