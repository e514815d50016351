package org.mea.jwp.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemPropertySourceProvider;
import org.mea.jwp.ui.internal.actions.SaveProgramme;
import org.mea.jwp.ui.internal.actions.TreeEditing;

/**
 * The programme editor: an Overview page (what the programme is, its background, progress at a
 * glance) and an Elements page (the tree and the form of the selected element). It edits the
 * open {@link ProgrammeSession}, which the Programme Explorer shows too; both share one
 * {@link Saveable}, so the workbench asks once to save and Undo/Redo see every change.
 * <p>
 * Revert reloads what is saved; when the file is changed by another program, the editor asks on
 * activation whether to load the new version (warning that unsaved changes would be lost), and Save
 * asks before overwriting that version (see {@link SaveProgramme}).
 */
public class ProgrammeEditor extends FormEditor implements ISaveablesSource {

	/** Editor id. */
	public static final String ID = "org.mea.jwp.ui.editor"; //$NON-NLS-1$

	private ProgrammeSession session;
	private OverviewPage overview;
	private ElementsPage elements;
	private TreeEditing editing;
	private final CommandStackListener commandListener = event -> Display.getDefault().asyncExec(this::commandDone);
	private final Runnable stateListener = () -> Display.getDefault().asyncExec(this::stateChanged);
	private final Action revert = new Action(Messages.ProgrammeEditor_revert) {
		@Override
		public void run() {
			revert(true);
		}
	};
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == ProgrammeEditor.this) {
				checkDisk();
			}
		}
	};
	private boolean checkingDisk;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProgrammeEditorInput programmeInput)) {
			throw new PartInitException(NLS.bind(Messages.ProgrammeEditor_notAProgramme, input.getName()));
		}
		super.init(site, input);
		session = programmeInput.getSession();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		session.getCommandStack().addCommandStackListener(commandListener);
		session.addStateListener(stateListener);
		site.getPage().addPartListener(activation);
	}

	@Override
	protected void addPages() {
		try {
			overview = new OverviewPage(this, session);
			elements = new ElementsPage(this, session);
			addPage(overview);
			addPage(elements);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	protected void createPages() {
		super.createPages();
		// the Elements page's tree is created when the page is first shown: show it once now, so
		// that the editor's selection, menus and Edit actions exist from the start
		setActivePage(ElementsPage.ID);
		TreeViewer viewer = elements.getBlock().getViewer();
		getSite().setSelectionProvider(viewer);
		editing = new TreeEditing(viewer, () -> session, getSite());
		editing.installContextMenu();
		editing.installGlobalActions(getEditorSite().getActionBars());
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		revert.setEnabled(session.isDirty());
		setActivePage(OverviewPage.ID);
		pageKeysDisplay = getContainer().getDisplay();
		pageKeysDisplay.addFilter(SWT.Traverse, pageKeys);
	}

	/**
	 * Ctrl+Page Down and Ctrl+Page Up switch the editor's pages from wherever the focus is in it, a
	 * form's field included: SWT gives these keys to the tab folder only when it has the focus itself.
	 */
	private Display pageKeysDisplay;
	private final Listener pageKeys = event -> {
		if ((event.detail == SWT.TRAVERSE_PAGE_NEXT || event.detail == SWT.TRAVERSE_PAGE_PREVIOUS)
				&& event.widget instanceof Control control && isInEditor(control) && getPageCount() > 1) {
			int step = event.detail == SWT.TRAVERSE_PAGE_NEXT ? 1 : getPageCount() - 1;
			setActivePage((getActivePage() + step) % getPageCount());
			event.detail = SWT.TRAVERSE_NONE;
			event.doit = false;
		}
	};

	private boolean isInEditor(Control control) {
		Composite container = getContainer();
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == container) {
				return true;
			}
		}
		return false;
	}

	/** The session edited. */
	public ProgrammeSession getSession() {
		return session;
	}

	/** Shows {@code element} in the Elements page, selected, with its form. */
	public void showElement(EObject element) {
		setActivePage(ElementsPage.ID);
		selectElement(element);
	}

	/** Selects {@code element} in the Elements page's tree without changing the page shown. */
	public void selectElement(EObject element) {
		TreeViewer viewer = elements.getBlock().getViewer();
		if (!viewer.getStructuredSelection().toList().equals(java.util.List.of(element))) {
			viewer.setSelection(new StructuredSelection(element), true);
		}
	}

	/** The selection of the master tree (empty on the Overview page's side too). */
	public ISelection getElementSelection() {
		return elements.getBlock().getViewer().getSelection();
	}

	private void commandDone() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		revert.setEnabled(session.isDirty());
		// select what a command created or moved, as EMF editors do (not for Undo of a text edit)
		Command command = session.getCommandStack().getMostRecentCommand();
		if (command != null && getActivePage() == 1 && command.getAffectedObjects().size() == 1
				&& command.getAffectedObjects().iterator().next() instanceof EObject affected
				&& affected.eResource() != null && !elements.getBlock().getViewer().getStructuredSelection().toList()
						.contains(affected)
				&& !(affected instanceof org.mea.jwp.model.Programme)) {
			elements.getBlock().getViewer().setSelection(new StructuredSelection(affected), true);
		}
	}

	private void stateChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		setPartName(getEditorInput().getName());
		setTitleToolTip(getEditorInput().getToolTipText());
		firePropertyChange(PROP_DIRTY);
		firePropertyChange(PROP_TITLE);
		revert.setEnabled(session.isDirty());
		editing.updateEnablement();
	}

	/**
	 * Replaces the programme by its saved version. With {@code ask}, confirms first when there are
	 * unsaved changes.
	 */
	public void revert(boolean ask) {
		if (ask && session.isDirty()
				&& !MessageDialog.openConfirm(getSite().getShell(), Messages.ProgrammeEditor_revertTitle,
						NLS.bind(Messages.ProgrammeEditor_revertQuestion, session.getProgramme().getTitle()))) {
			return;
		}
		try {
			session.reload();
		} catch (ProgrammeFileException e) {
			MessageDialog.openError(getSite().getShell(), Messages.ProgrammeEditor_revertFailed, e.getMessage());
		}
	}

	/** Asks what to do when another program changed or deleted the file since it was read or saved. */
	void checkDisk() {
		if (checkingDisk || !session.isChangedOnDisk()) {
			return;
		}
		checkingDisk = true;
		try {
			if (session.isDeletedOnDisk()) {
				MessageDialog.openWarning(getSite().getShell(), Messages.ProgrammeEditor_fileDeletedTitle,
						NLS.bind(Messages.ProgrammeEditor_fileDeleted, session.getFile()));
				session.ignoreDiskChange();
				return;
			}
			String question = NLS.bind(session.isDirty() ? Messages.ProgrammeEditor_fileChangedDirty
					: Messages.ProgrammeEditor_fileChanged, session.getFile());
			if (MessageDialog.openQuestion(getSite().getShell(), Messages.ProgrammeEditor_fileChangedTitle, question)) {
				revert(false);
			} else {
				session.ignoreDiskChange();
			}
		} finally {
			checkingDisk = false;
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		SaveProgramme.save(session, getSite().getShell());
	}

	@Override
	public void doSaveAs() {
		SaveProgramme.saveAs(session, getSite().getShell());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public Saveable[] getSaveables() {
		return session == null ? new Saveable[0] : new Saveable[] { session.getSaveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new ItemPropertySourceProvider(session.getAdapterFactory()));
			return adapter.cast(page);
		}
		if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
			return adapter.cast(new ProgrammeOutlinePage(this));
		}
		if (adapter == ProgrammeSession.class) {
			return adapter.cast(session);
		}
		return super.getAdapter(adapter);
	}

	/** The overview page, for tests. */
	OverviewPage getOverview() {
		return overview;
	}

	/** The editing support of the Elements page's tree, for tests. */
	TreeEditing getEditing() {
		return editing;
	}

	/** The elements page, for tests. */
	ElementsPage getElements() {
		return elements;
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getCommandStack().removeCommandStackListener(commandListener);
			session.removeStateListener(stateListener);
		}
		getSite().getPage().removePartListener(activation);
		if (pageKeysDisplay != null && !pageKeysDisplay.isDisposed()) {
			pageKeysDisplay.removeFilter(SWT.Traverse, pageKeys);
		}
		if (editing != null) {
			editing.dispose();
		}
		super.dispose();
	}
}
