package org.mea.jwp.ui.internal.team;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Marks the elements of a shared programme that changed since the last commit, and the elements
 * holding them, with "&gt; " before their label — the sign Eclipse's Git support puts on changed
 * files and their folders. Switched on and off under General > Appearance > Label Decorations.
 */
public class UncommittedDecorator extends LabelProvider implements ILightweightLabelDecorator {

	/** The decorator's id in plugin.xml. */
	public static final String ID = "org.mea.jwp.ui.decorators.uncommitted"; //$NON-NLS-1$
	/** What a changed element's label starts with. */
	public static final String PREFIX = "> "; //$NON-NLS-1$

	private final Runnable changed = () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this));

	public UncommittedDecorator() {
		UncommittedElements.addListener(changed);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (!(element instanceof EObject object) || object.eResource() == null) {
			return;
		}
		ProgrammeSession session = PlatformUI.getWorkbench().getService(IEclipseContext.class)
				.get(ProgrammeSession.class);
		if (session == null || session.getResource() != object.eResource()) {
			return;
		}
		// decorations are computed in the background: the trees create the tracker on the UI thread
		UncommittedElements tracker = UncommittedElements.existing(session);
		if (tracker != null && tracker.isChanged(object)) {
			decoration.addPrefix(PREFIX);
		}
	}

	@Override
	public void dispose() {
		UncommittedElements.removeListener(changed);
		super.dispose();
	}
}
