package org.mea.jwp.ui.internal.views;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;

/**
 * Going to an element from a view (a finding, a meeting's activity, a bar of the timeline): it is
 * selected in the Programme Explorer and shown in the programme editor's form.
 */
final class Reveal {

	private Reveal() {
	}

	static void element(IWorkbenchPage page, EObject element) {
		if (element == null) {
			return;
		}
		try {
			ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.showView(ProgrammeExplorerView.ID, null,
					IWorkbenchPage.VIEW_VISIBLE);
			explorer.getViewer().setSelection(new StructuredSelection(element), true);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session != null && element.eResource() == session.getResource()) {
			ProgrammeEditors.reveal(page, session, element);
		}
	}
}
