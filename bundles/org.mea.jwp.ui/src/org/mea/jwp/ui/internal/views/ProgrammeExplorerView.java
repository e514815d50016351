package org.mea.jwp.ui.internal.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISaveablePart;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;
import org.mea.jwp.ui.internal.actions.CreateChildAction;
import org.mea.jwp.ui.internal.actions.DeleteAction;
import org.mea.jwp.ui.preferences.JwpPreferences;
import org.mea.jwp.ui.bridge.ItemProviderContentProvider;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;
import org.mea.jwp.ui.bridge.ItemPropertySourceProvider;

/**
 * The Programme Explorer: the programme as a tree, built from the item providers and kept live.
 * Its selection feeds the Properties view, whose edits are commands; Undo/Redo act on the
 * session's command stack while the view is active. The view is where the programme is saved:
 * it shows the dirty marker, and File > Save / Save As work on it (the embedded programme is
 * read-only, so its first Save asks where to save a copy).
 */
public class ProgrammeExplorerView extends ViewPart implements ISaveablePart {

	/** View id (the Work Programme perspective opens it on the left). */
	public static final String ID = "org.mea.jwp.ui.views.explorer"; //$NON-NLS-1$

	private TreeViewer viewer;
	private Text filterText;
	private final ActivityQueryFilter filter = new ActivityQueryFilter(JwpPreferences::reportingDate);
	private ProgrammeSession session;
	private ItemProviderContentProvider content;
	private ItemProviderLabelProvider labels;
	private final Action deleteHandler = new Action("&Delete") { //$NON-NLS-1$
		@Override
		public void run() {
			if (session != null) {
				deleteAction(viewer.getStructuredSelection().toList()).run();
			}
		}
	};
	private final CommandStackListener dirtyListener = event -> firePropertyChange(PROP_DIRTY);
	private CommandStackAction undo;
	private CommandStackAction redo;
	private boolean disposed;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter: words, lead:cites, status:on-going, species:saiga, theme:b, is:overdue"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		// filter once typing pauses, not on every key
		Runnable applyFilter = this::applyFilter;
		filterText.addModifyListener(event -> {
			parent.getDisplay().timerExec(-1, applyFilter);
			parent.getDisplay().timerExec(250, applyFilter);
		});
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.addFilter(filter);
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager("#PopupMenu"); //$NON-NLS-1$
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addSelectionChangedListener(event -> deleteHandler
				.setEnabled(session != null && !event.getStructuredSelection().isEmpty()));
		deleteHandler.setEnabled(false);
		// the programme is opened in the background at start, and File > Open replaces it
		SessionTracking.track(viewer.getControl(), this::show);
	}

	/** Shows {@code newSession}'s programme (or nothing). */
	void show(ProgrammeSession newSession) {
		if (disposed || viewer.getControl().isDisposed() || newSession == session) {
			return;
		}
		disposeActions();
		if (session != null) {
			session.getCommandStack().removeCommandStackListener(dirtyListener);
		}
		session = newSession;
		firePropertyChange(PROP_DIRTY);
		if (session == null) {
			viewer.setInput(null);
			return;
		}
		content = new ItemProviderContentProvider(session.getAdapterFactory());
		labels = new ItemProviderLabelProvider(session.getAdapterFactory());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(labels);
		viewer.setInput(session.getResource());
		viewer.expandToLevel(2);
		session.getCommandStack().addCommandStackListener(dirtyListener);
		describeFile();
		undo = new CommandStackAction(session.getCommandStack(), true);
		redo = new CommandStackAction(session.getCommandStack(), false);
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteHandler);
		bars.updateActionBars();
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return session != null;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (session != null && session.getFile() == null) {
			doSaveAs();
		} else if (session != null) {
			saveAs(session.getFile());
		}
	}

	@Override
	public void doSaveAs() {
		if (session == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save Programme As"); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { "*.jwp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { "JWP programmes (*.jwp)", "All files" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(session.getFile() == null ? "work-programme.jwp" : session.getFile().getFileName().toString()); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen.endsWith(".jwp") || chosen.contains(".") ? chosen : chosen + ".jwp")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Saves the programme to {@code file}; a failure is shown and leaves the file as it was. */
	public boolean saveAs(Path file) {
		try {
			session.saveAs(file);
			firePropertyChange(PROP_DIRTY);
			describeFile();
			return true;
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(getSite().getShell(), "Save Failed", e.getMessage()); //$NON-NLS-1$
			return false;
		}
	}

	/** Shows, above the tree, which file the programme is saved to. */
	private void describeFile() {
		setContentDescription(session.getFile() == null
				? "Embedded programme (read-only): File > Save asks where to keep your copy" //$NON-NLS-1$
				: session.getFile().toString());
	}

	/** Filters the tree by the text of the filter field (see {@link ActivityQuery}). */
	void applyFilter() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		filter.setQuery(ActivityQuery.parse(filterText.getText()));
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			if (filter.getQuery().isEmpty()) {
				viewer.collapseAll();
				viewer.expandToLevel(2);
			} else {
				viewer.expandToLevel(4);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** The filter field, for tests. */
	Text getFilterText() {
		return filterText;
	}

	/**
	 * The context menu: New Child and New Sibling as the item providers allow them at the
	 * selection, Delete, and the {@code additions} group for plug-ins.
	 */
	void fillContextMenu(IMenuManager menu) {
		if (session == null) {
			return;
		}
		EditingDomain domain = session.getEditingDomain();
		List<?> selection = viewer.getStructuredSelection().toList();
		if (selection.size() == 1) {
			Object element = selection.get(0);
			MenuManager child = new MenuManager("&New Child"); //$NON-NLS-1$
			for (Object descriptor : domain.getNewChildDescriptors(element, null)) {
				child.add(new CreateChildAction(domain, element, descriptor, selection));
			}
			menu.add(child);
			Object parent = content.getParent(element);
			MenuManager sibling = new MenuManager("N&ew Sibling"); //$NON-NLS-1$
			if (parent != null) {
				for (Object descriptor : domain.getNewChildDescriptors(null, element)) {
					sibling.add(new CreateChildAction(domain, parent, descriptor, selection));
				}
			}
			menu.add(sibling);
			menu.add(new Separator());
		}
		menu.add(deleteAction(selection));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	DeleteAction deleteAction(List<?> selection) {
		return new DeleteAction(session.getEditingDomain(), selection, content, labels, getSite().getShell());
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
