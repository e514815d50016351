package org.mea.jwp.ui.internal.editor;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Opening and finding programme editors. The workbench keeps the editor in step with the open
 * programme: when a programme is opened (at start, File > Open, New Programme), its editor opens
 * and the editor of the programme it replaced closes (its changes were dealt with before).
 */
public final class ProgrammeEditors {

	private ProgrammeEditors() {
	}

	/** Keeps the editors of {@code workbench}'s windows in step with the open programme. */
	public static void follow(IWorkbench workbench) {
		workbench.getService(IEclipseContext.class).runAndTrack(new RunAndTrack() {
			private ProgrammeSession shown;

			@Override
			public boolean changed(IEclipseContext context) {
				ProgrammeSession current = context.get(ProgrammeSession.class);
				if (workbench.isClosing()) {
					return false;
				}
				if (current != shown) {
					shown = current;
					workbench.getDisplay().asyncExec(() -> show(workbench, current));
				}
				return true;
			}
		});
	}

	private static void show(IWorkbench workbench, ProgrammeSession session) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			IWorkbenchPage page = window.getActivePage();
			if (page == null) {
				continue;
			}
			for (IEditorReference reference : page.getEditorReferences()) {
				if (ProgrammeEditor.ID.equals(reference.getId())
						&& reference.getEditor(false) instanceof ProgrammeEditor editor
						&& editor.getSession() != session) {
					page.closeEditors(new IEditorReference[] { reference }, false);
				}
			}
			if (session != null) {
				open(page, session, false);
			}
		}
	}

	/** Opens (or brings to the front) the editor of {@code session}. */
	public static ProgrammeEditor open(IWorkbenchPage page, ProgrammeSession session, boolean activate) {
		try {
			IEditorPart editor = page.openEditor(new ProgrammeEditorInput(session), ProgrammeEditor.ID, activate);
			return editor instanceof ProgrammeEditor programmeEditor ? programmeEditor : null;
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The open editor of {@code session} in {@code page}, or null. */
	public static ProgrammeEditor find(IWorkbenchPage page, ProgrammeSession session) {
		IEditorPart editor = session == null ? null : page.findEditor(new ProgrammeEditorInput(session));
		return editor instanceof ProgrammeEditor programmeEditor ? programmeEditor : null;
	}

	/**
	 * Opens the editor of the element's programme (if needed) and shows the element in its
	 * Elements page: what double-click does in the explorer, the Problems view and the Timeline.
	 */
	public static void reveal(IWorkbenchPage page, ProgrammeSession session, EObject element) {
		ProgrammeEditor editor = open(page, session, true);
		if (editor != null && element != null) {
			editor.showElement(element);
		}
	}
}
