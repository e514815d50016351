package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISaveablesLifecycleListener;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.SaveablesLifecycleEvent;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.mea.jwp.ui.FindingsLabelProvider;
import org.mea.jwp.ui.internal.team.Decorations;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;
import org.mea.jwp.ui.bridge.ItemPropertySourceProvider;
import org.mea.jwp.ui.bridge.ItemProviderContentProvider;
import org.mea.jwp.ui.internal.actions.DeleteAction;
import org.mea.jwp.ui.internal.actions.SaveProgramme;
import org.mea.jwp.ui.internal.actions.TreeEditing;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;
import org.mea.jwp.ui.preferences.JwpPreferences;

/**
 * The Programme Explorer: the programme as a tree, built from the item providers and kept live,
 * with validation findings on the icons. Its selection feeds the Properties view, whose edits are
 * commands; the context menu, Cut/Copy/Paste, Delete, drag and drop and Undo/Redo act on the
 * session's command stack ({@link TreeEditing}). Double-click opens the element in the programme
 * editor; Link with Editor keeps the two selections together. The view shares the programme's
 * {@link Saveable} with the editor: it shows the dirty marker, and File > Save works from here too.
 */
public class ProgrammeExplorerView extends ViewPart implements ISaveablePart, ISaveablesSource {

	/** View id (the Work Programme perspective opens it on the left). */
	public static final String ID = "org.mea.jwp.ui.views.explorer"; //$NON-NLS-1$

	private TreeViewer viewer;
	private Text filterText;
	private final ActivityQueryFilter filter = new ActivityQueryFilter(this::reportingDate);
	private ProgrammeSession session;
	private ItemProviderContentProvider content;
	private FindingsLabelProvider labels;
	private TreeEditing editing;
	private final CommandStackListener dirtyListener = event -> firePropertyChange(PROP_DIRTY);
	private final Runnable stateListener = () -> viewer.getControl().getDisplay().asyncExec(this::stateChanged);
	private final Consumer<Diagnostic> findingsListener = result -> {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	};
	private final Action linkWithEditor = new Action(Messages.ProgrammeExplorerView_linkWithEditor,
			IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			if (isChecked()) {
				linkToEditor(viewer.getStructuredSelection());
			}
		}
	};
	private final ISelectionListener editorSelection = this::editorSelectionChanged;
	private boolean linking;
	private boolean disposed;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.ProgrammeExplorerView_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		// filter once typing pauses, not on every key
		Runnable applyFilter = this::applyFilter;
		filterText.addModifyListener(event -> {
			parent.getDisplay().timerExec(-1, applyFilter);
			parent.getDisplay().timerExec(250, applyFilter);
		});
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.addFilter(filter);
		getSite().setSelectionProvider(viewer);
		editing = new TreeEditing(viewer, () -> session, getSite());
		editing.installContextMenu();
		viewer.addDoubleClickListener(event -> {
			if (session != null
					&& ((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
				ProgrammeEditors.reveal(getSite().getPage(), session, element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (linkWithEditor.isChecked()) {
				linkToEditor(event.getStructuredSelection());
			}
		});
		linkWithEditor.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		linkWithEditor.setToolTipText(Messages.ProgrammeExplorerView_linkTooltip);
		linkWithEditor.setChecked(true);
		getViewSite().getActionBars().getToolBarManager().add(linkWithEditor);
		getSite().getPage().addPostSelectionListener(editorSelection);
		// the programme is opened in the background at start, and File > Open replaces it
		SessionTracking.track(viewer.getControl(), this::show);
	}

	/** Shows {@code newSession}'s programme (or nothing). */
	void show(ProgrammeSession newSession) {
		if (disposed || viewer.getControl().isDisposed() || newSession == session) {
			return;
		}
		ISaveablesLifecycleListener saveables = getSite().getService(ISaveablesLifecycleListener.class);
		if (session != null) {
			session.getCommandStack().removeCommandStackListener(dirtyListener);
			session.removeStateListener(stateListener);
			session.removeValidationListener(findingsListener);
			saveables.handleLifecycleEvent(new SaveablesLifecycleEvent(this, SaveablesLifecycleEvent.POST_CLOSE,
					new Saveable[] { session.getSaveable() }, false));
		}
		session = newSession;
		firePropertyChange(PROP_DIRTY);
		if (session == null) {
			viewer.setInput(null);
			editing.installGlobalActions(getViewSite().getActionBars());
			return;
		}
		content = new ItemProviderContentProvider(session.getAdapterFactory());
		labels = new FindingsLabelProvider(session.getAdapterFactory(), session::getFindings);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(Decorations.of(labels, session));
		viewer.setInput(session.getResource());
		viewer.expandToLevel(2);
		session.getCommandStack().addCommandStackListener(dirtyListener);
		session.addStateListener(stateListener);
		session.addValidationListener(findingsListener);
		saveables.handleLifecycleEvent(new SaveablesLifecycleEvent(this, SaveablesLifecycleEvent.POST_OPEN,
				new Saveable[] { session.getSaveable() }, false));
		describeFile();
		editing.installGlobalActions(getViewSite().getActionBars());
	}

	private void stateChanged() {
		if (!disposed && session != null) {
			firePropertyChange(PROP_DIRTY);
			describeFile();
		}
	}

	/** Selects in the programme editor what is selected here (Link with Editor). */
	private void linkToEditor(IStructuredSelection selection) {
		if (linking || session == null || !(selection.getFirstElement() instanceof EObject element)) {
			return;
		}
		ProgrammeEditor editor = ProgrammeEditors.find(getSite().getPage(), session);
		if (editor != null) {
			linking = true;
			try {
				editor.selectElement(element);
			} finally {
				linking = false;
			}
		}
	}

	/** Selects here what is selected in the programme editor (Link with Editor). */
	private void editorSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (linking || !linkWithEditor.isChecked() || !(part instanceof ProgrammeEditor editor)
				|| editor.getSession() != session || !(selection instanceof IStructuredSelection structured)
				|| structured.isEmpty() || structured.equals(viewer.getStructuredSelection())) {
			return;
		}
		linking = true;
		try {
			viewer.setSelection(new StructuredSelection(structured.toList()), true);
		} finally {
			linking = false;
		}
	}

	/** Whether Link with Editor is on, for tests. */
	IAction getLinkWithEditor() {
		return linkWithEditor;
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
		if (session != null) {
			SaveProgramme.save(session, getSite().getShell());
		}
	}

	@Override
	public void doSaveAs() {
		if (session != null) {
			SaveProgramme.saveAs(session, getSite().getShell());
		}
	}

	@Override
	public Saveable[] getSaveables() {
		return session == null ? new Saveable[0] : new Saveable[] { session.getSaveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	/** Saves the programme to {@code file}; a failure is shown and leaves the file as it was. */
	public boolean saveAs(Path file) {
		return SaveProgramme.saveTo(session, file, getSite().getShell());
	}

	/** Shows, above the tree, which file the programme is saved to. */
	private void describeFile() {
		setContentDescription(session.getFile() == null
				? Messages.ProgrammeExplorerView_embedded
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

	/** The tree's editing support (menu, clipboard, drag and drop), for tests. */
	TreeEditing getEditing() {
		return editing;
	}

	DeleteAction deleteAction(List<?> selection) {
		return editing.deleteAction(selection);
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

	@Override
	public void dispose() {
		disposed = true;
		getSite().getPage().removePostSelectionListener(editorSelection);
		if (session != null) {
			session.getCommandStack().removeCommandStackListener(dirtyListener);
			session.removeStateListener(stateListener);
			session.removeValidationListener(findingsListener);
		}
		editing.dispose();
		super.dispose();
	}

	/** The open programme's reporting date (see {@link ProgrammeSession#reportingDate()}). */
	private LocalDate reportingDate() {
		return session == null ? JwpPreferences.reportingDate(null) : session.reportingDate();
	}
}
