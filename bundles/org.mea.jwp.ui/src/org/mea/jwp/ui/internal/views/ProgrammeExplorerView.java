package org.mea.jwp.ui.internal.views;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemProviderContentProvider;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;
import org.mea.jwp.ui.bridge.ItemPropertySourceProvider;

/**
 * The Programme Explorer: the programme as a tree, built from the item providers and kept live.
 * Its selection feeds the Properties view, whose edits are commands; Undo/Redo act on the
 * session's command stack while the view is active.
 */
public class ProgrammeExplorerView extends ViewPart {

	/** View id (the Work Programme perspective opens it on the left). */
	public static final String ID = "org.mea.jwp.ui.views.explorer"; //$NON-NLS-1$

	private TreeViewer viewer;
	private ProgrammeSession session;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private boolean disposed;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		getSite().setSelectionProvider(viewer);
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		// the programme is opened in the background at start: show it whenever it (re)appears
		context.runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext tracked) {
				if (disposed) {
					return false;
				}
				ProgrammeSession current = tracked.get(ProgrammeSession.class);
				parent.getDisplay().asyncExec(() -> show(current));
				return true;
			}
		});
	}

	/** Shows {@code newSession}'s programme (or nothing). */
	void show(ProgrammeSession newSession) {
		if (disposed || viewer.getControl().isDisposed() || newSession == session) {
			return;
		}
		disposeActions();
		session = newSession;
		if (session == null) {
			viewer.setInput(null);
			return;
		}
		viewer.setContentProvider(new ItemProviderContentProvider(session.getAdapterFactory()));
		viewer.setLabelProvider(new ItemProviderLabelProvider(session.getAdapterFactory()));
		viewer.setInput(session.getResource());
		viewer.expandToLevel(2);
		undo = new CommandStackAction(session.getCommandStack(), true);
		redo = new CommandStackAction(session.getCommandStack(), false);
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	/** The viewer, for tests. */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			// the Properties view asks once per part, possibly before the programme is open:
			// the page looks the session up each time it needs a property source
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(object -> session == null ? null
					: new ItemPropertySourceProvider(session.getAdapterFactory()).getPropertySource(object));
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private void disposeActions() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
			undo = redo = null;
		}
	}

	@Override
	public void dispose() {
		disposed = true;
		disposeActions();
		super.dispose();
	}
}
