package org.mea.jwp.app.internal;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > JWP Workbench > Language: the language of the workbench's menus, views and
 * dialogs, applied at the next start. Equinox fixes the language when it starts, before preferences
 * can be read, so the start script reads this preference from the workspace and passes it as
 * {@code -nl} (rootfiles/unix/language.sh, rootfiles/win/jwp.cmd); an {@code -nl} given on the
 * command line wins.
 */
public class LanguagePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Preference node of the application bundle, in the workspace (where the start scripts look). */
	public static final String NODE = "org.mea.jwp.app"; //$NON-NLS-1$
	/** Key of the language: {@code en}, {@code fr}, {@code es}, or empty for the system's. */
	public static final String LANGUAGE = "language"; //$NON-NLS-1$

	public LanguagePreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE));
		Locale now = Locale.forLanguageTag(Platform.getNL().replace('_', '-'));
		setDescription(NLS.bind(Messages.LanguagePreferencePage_description, now.getDisplayLanguage(now)));
	}

	@Override
	protected void createFieldEditors() {
		// each language named in itself, as language pickers do, so that anyone finds their own
		addField(new ComboFieldEditor(LANGUAGE, Messages.LanguagePreferencePage_language, new String[][] {
				{ Messages.LanguagePreferencePage_system, "" }, //$NON-NLS-1$
				{ "English", "en" }, { "Fran\u00e7ais", "fr" }, { "Espa\u00f1ol", "es" } }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		String before = getPreferenceStore().getString(LANGUAGE);
		boolean ok = super.performOk();
		if (ok && !before.equals(getPreferenceStore().getString(LANGUAGE))) {
			setMessage(Messages.LanguagePreferencePage_nextStart, INFORMATION);
		}
		return ok;
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}
}
