package org.mea.jwp.ui;

import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * Follows the programme the workbench works on: the {@link ProgrammeSession} in the workbench's
 * context is opened in the background at start and replaced by File > Open, so views show
 * whichever is current, and stop following when their control is disposed.
 */
public final class SessionTracking {

	private SessionTracking() {
	}

	/**
	 * Calls {@code show} in the UI thread with the current session (or null) now and whenever it
	 * changes, until {@code owner} is disposed.
	 */
	public static void track(Control owner, Consumer<ProgrammeSession> show) {
		PlatformUI.getWorkbench().getService(IEclipseContext.class).runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext context) {
				if (owner.isDisposed()) {
					return false;
				}
				ProgrammeSession current = context.get(ProgrammeSession.class);
				owner.getDisplay().asyncExec(() -> {
					if (!owner.isDisposed()) {
						show.accept(current);
					}
				});
				return true;
			}
		});
	}

	/**
	 * Keeps the programme editor in step with the open programme: its editor opens when a programme
	 * is opened, and the editor of the programme it replaces closes. Called once by the application.
	 */
	public static void openEditors(org.eclipse.ui.IWorkbench workbench) {
		org.mea.jwp.ui.internal.editor.ProgrammeEditors.follow(workbench);
	}
}
