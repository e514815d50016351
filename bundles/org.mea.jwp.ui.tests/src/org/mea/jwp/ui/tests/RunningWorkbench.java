package org.mea.jwp.ui.tests;

import java.time.Duration;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
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
		UiWait.until(workbench.getDisplay(), TIMEOUT, "the programme editor", //$NON-NLS-1$
				() -> org.mea.jwp.ui.internal.editor.ProgrammeEditors
						.find(workbench.getActiveWorkbenchWindow().getActivePage(),
								context.get(ProgrammeSession.class)) != null);
		return org.mea.jwp.ui.internal.editor.ProgrammeEditors.find(
				workbench.getActiveWorkbenchWindow().getActivePage(),
				context.get(ProgrammeSession.class));
	}

	/**
	 * Undoes every command of {@code session}, then lets the events that follow an undo happen (the
	 * editor selects what each undo affected, a moment later), so that the next test finds the
	 * programme and the views as the embedded programme has them.
	 */
	public static void undoAll(ProgrammeSession session) {
		while (session.getCommandStack().canUndo()) {
			session.getCommandStack().undo();
		}
		UiWait.flush(PlatformUI.getWorkbench().getDisplay());
	}

	/**
	 * Opens the embedded programme in the workbench again, in place of whatever a test opened: the
	 * other tests expect to find it.
	 */
	public static void openEmbeddedProgramme() throws ProgrammeFileException {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getService(IEclipseContext.class).set(ProgrammeSession.class,
				new ProgrammeSession(DefaultProgramme.load()));
		UiWait.flush(workbench.getDisplay());
	}

	/** The programme open in the workbench, after waiting for it. */
	public static ProgrammeSession session() {
		return ready().get(ProgrammeSession.class);
	}
}
