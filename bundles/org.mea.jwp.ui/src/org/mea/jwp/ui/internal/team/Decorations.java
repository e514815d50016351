package org.mea.jwp.ui.internal.team;

import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.ui.ProgrammeSession;

/** Trees of the programme show the workbench's label decorations (uncommitted changes, and plug-ins' own). */
public final class Decorations {

	private Decorations() {
	}

	/**
	 * {@code labels} of {@code session}'s elements with the decorations switched on under General >
	 * Appearance > Label Decorations. Starts following the session's uncommitted changes (UI thread).
	 */
	public static ILabelProvider of(ILabelProvider labels, ProgrammeSession session) {
		UncommittedElements.of(session);
		// the decorations are computed in the background: a changed label shows a moment later, decorated
		return new DecoratingLabelProvider(labels, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator());
	}
}
