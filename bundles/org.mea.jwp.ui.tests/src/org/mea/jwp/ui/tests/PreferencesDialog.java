package org.mea.jwp.ui.tests;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.mea.jwp.testing.Dialogs;

/**
 * Window > Preferences as the user meets it: the workbench's own command opens the modal dialog on
 * a page; the test's work runs inside it (typing, ticking, pressing Restore Defaults), then a
 * button of the dialog closes it ("Apply and Close" or "Cancel"). Nothing calls {@code performOk()}.
 */
public final class PreferencesDialog {

	/** The label of the preference dialog's OK button since Eclipse 4.7. */
	public static final String APPLY_AND_CLOSE = "Apply and Close";

	private PreferencesDialog() {
	}

	/**
	 * Opens Window > Preferences on {@code pageId}, does {@code work} in the open dialog, presses
	 * {@code button}; an assertion failing inside the dialog fails the caller, after the dialog closed.
	 */
	public static void use(String pageId, Consumer<PreferenceDialog> work, String button) throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Dialogs.answerNext(display, "Preferences", (Shell shell) -> {
			try {
				work.accept((PreferenceDialog) shell.getData());
			} catch (Throwable e) { // reported once the modal dialog is closed
				failure.set(e);
			}
		}, button, null);
		ICommandService commands = workbench.getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				commands.getCommand("org.eclipse.ui.window.preferences"), Map.of("preferencePageId", pageId));
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
	}
}
