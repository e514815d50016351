package org.mea.jwp.ui.internal.team;

import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ViewerLabel;
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
		return new DecoratingLabelProvider(labels, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()) {
			/**
			 * JFace keeps an element's old text while its decorations are computed in the background;
			 * a renamed activity must show its new name at once, its decorations following.
			 */
			@Override
			public void updateLabel(ViewerLabel settings, Object element) {
				super.updateLabel(settings, element);
				settings.setText(getText(element));
			}
		};
	}
}
