package org.mea.jwp.ui.internal.accessibility;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Tab and Shift+Tab leave a multi-line field instead of typing a tab into it, so that a keyboard
 * user moves through a form as through any dialog; the programme's texts never hold tab characters.
 * Ctrl+Tab still leaves it, as SWT has it.
 */
public final class TabLeaves {

	private TabLeaves() {
	}

	/** Makes Tab and Shift+Tab move the focus out of {@code text}. */
	public static void install(Text text) {
		if ((text.getStyle() & SWT.MULTI) == 0) {
			return;
		}
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
	}
}
