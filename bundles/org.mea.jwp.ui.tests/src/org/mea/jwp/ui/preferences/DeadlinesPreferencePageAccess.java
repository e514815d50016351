package org.mea.jwp.ui.preferences;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Spinner;

/** Reaches the fields of the Reporting Deadlines page from tests in other packages. */
public final class DeadlinesPreferencePageAccess {

	private DeadlinesPreferencePageAccess() {
	}

	/** The CITES spinner of the page shown in {@code dialog}. */
	public static Spinner citesDays(PreferenceDialog dialog) {
		return ((DeadlinesPreferencePage) dialog.getSelectedPage()).getCitesDays();
	}
}
