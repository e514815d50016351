package org.mea.jwp.ui.internal.actions;

import java.util.function.Function;

import org.eclipse.swt.widgets.FileDialog;

/**
 * Where the workbench opens the window system's file dialogs. The dialog is not an SWT shell and
 * no SWT event reaches it, so UI tests replace {@link #open} with an answer of their own, after
 * checking how the dialog was set up (title, proposed name, filters); everything around the
 * question (menus, prompts, saving, opening) runs as for the user.
 */
public final class NativeFileDialogs {

	/** Opens a set-up dialog and returns the path chosen, or null when the user cancelled. */
	public static Function<FileDialog, String> open = FileDialog::open;

	private NativeFileDialogs() {
	}
}
