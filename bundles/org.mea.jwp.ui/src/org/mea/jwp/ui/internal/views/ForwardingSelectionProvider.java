package org.mea.jwp.ui.internal.views;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;

/**
 * A view's selection provider for the site when the view replaces its viewer (the Species
 * Concordance makes a new table for a large change of rows): the site keeps this one, which
 * speaks for whichever viewer the view has now. JFace has no such provider outside multi-page
 * editors, hence this small one.
 */
final class ForwardingSelectionProvider implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private Viewer viewer;

	/** From now on speaks for {@code newViewer}. */
	void follow(Viewer newViewer) {
		viewer = newViewer;
		newViewer.addSelectionChangedListener(event -> {
			if (event.getSelectionProvider() == viewer) {
				fire();
			}
		});
	}

	/** Tells the listeners the selection of the viewer followed now (after it replaced another). */
	void changed() {
		fire();
	}

	private void fire() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return viewer == null || viewer.getControl().isDisposed() ? StructuredSelection.EMPTY : viewer.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (viewer != null) {
			viewer.setSelection(selection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
