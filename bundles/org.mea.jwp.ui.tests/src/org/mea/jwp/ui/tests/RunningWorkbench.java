package org.mea.jwp.ui.tests;

import java.time.Duration;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * The workbench a UI test runs in, once it is ready: a window open and a programme open (the
 * programme is read in the background at start, so the first test may arrive before it).
 */
public final class RunningWorkbench {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private RunningWorkbench() {
	}

	/** The workbench's context, after waiting for a window and a programme. */
	public static IEclipseContext ready() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "a window and a programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		return context;
	}

	/** The programme editor on the open programme, after waiting for it. */
	public static org.mea.jwp.ui.internal.editor.ProgrammeEditor editor() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IEclipseContext context = ready();
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the programme editor", () -> org.mea.jwp.ui.internal.editor.ProgrammeEditors //$NON-NLS-1$
				.find(workbench.getActiveWorkbenchWindow().getActivePage(), context.get(ProgrammeSession.class)) != null);
		return org.mea.jwp.ui.internal.editor.ProgrammeEditors.find(workbench.getActiveWorkbenchWindow().getActivePage(),
				context.get(ProgrammeSession.class));
	}

	/** The programme open in the workbench, after waiting for it. */
	public static ProgrammeSession session() {
		return ready().get(ProgrammeSession.class);
	}
}
