package org.mea.jwp.ui.internal.views;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.mea.jwp.model.Programme;
import org.mea.jwp.team.ElementHistory;
import org.mea.jwp.team.HistoryEntry;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;

/**
 * History: who changed what in the open programme, from the commits of its file in Git, newest
 * first, one row per changed feature. With <i>Link with Selection</i> (on by default) the element
 * selected in the Programme Explorer or the programme editor narrows it to that element's changes.
 * The history is read by a {@link HistoryJob}; a new request cancels the one still running. It is
 * read again when another programme is opened, when the programme is saved or reloaded, and on
 * <i>Refresh</i> (a commit made outside the workbench changes nothing the view can see).
 * <i>Compare with This Commit</i> shows in Compare Baselines what changed since a row's commit
 * ({@link CompareWithCommit}).
 */
public class HistoryView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.history"; //$NON-NLS-1$
	static final String NOT_SAVED = "The programme is not saved in a file, so it has no history: " //$NON-NLS-1$
			+ "File > Save As... keeps it in one, and Team > Share Programme... then starts its history."; //$NON-NLS-1$
	static final String NOT_SHARED = "The programme is not in a Git repository: Team > Share Programme... starts its history."; //$NON-NLS-1$
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private Label status;
	private TableViewer table;
	private ProgrammeSession session;
	/** The element last selected in the explorer or the editor, followed while linked; null: none. */
	private EObject selected;
	/** The history being read; null once its rows are shown. */
	private HistoryJob running;
	private final Runnable sessionStateChanged = () -> {
		if (!table.getControl().isDisposed()) {
			table.getControl().getDisplay().asyncExec(this::refresh);
		}
	};
	private final ISelectionListener selectionListener = this::selectionChanged;

	private final Action link = new Action("&Link with Selection", IAction.AS_CHECK_BOX) { //$NON-NLS-1$
		@Override
		public void run() {
			refresh();
		}
	};
	private final Action refresh = new Action("&Refresh") { //$NON-NLS-1$
		@Override
		public void run() {
			refresh();
		}
	};
	private final Action compare = new Action("&Compare with This Commit") { //$NON-NLS-1$
		@Override
		public void run() {
			compareSelected();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		status = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		table = new TableViewer(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Date", 130, e -> e.date().format(MINUTE)); //$NON-NLS-1$
		column("Author", 120, HistoryEntry::author); //$NON-NLS-1$
		column("Element", 100, HistoryEntry::label); //$NON-NLS-1$
		column("Change", 340, HistoryEntry::change); //$NON-NLS-1$
		column("Commit", 280, HistoryEntry::summary); //$NON-NLS-1$
		column("Id", 80, e -> e.commitId().substring(0, 7)); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addSelectionChangedListener(event -> compare.setEnabled(selectedEntry() != null));
		table.addOpenListener(event -> compareSelected());
		getSite().setSelectionProvider(table);

		createActions();
		getSite().getPage().addPostSelectionListener(selectionListener);
		// the programme is opened in the background at start, and File > Open replaces it
		SessionTracking.track(table.getControl(), this::sessionChanged);
	}

	private void column(String title, int width, Function<HistoryEntry, String> text) {
		TextColumns.add(table, HistoryEntry.class, title, width, text);
	}

	private void createActions() {
		link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		link.setToolTipText("Link with Selection: the history of the element selected in the Programme Explorer or the editor"); //$NON-NLS-1$
		link.setChecked(true);
		compare.setImageDescriptor(AbstractUIPlugin.imageDescriptorFromPlugin("org.mea.jwp.ui", "icons/timeline.png")); //$NON-NLS-1$ //$NON-NLS-2$
		compare.setToolTipText("Compare with This Commit: what changed in the programme since the selected row's commit"); //$NON-NLS-1$
		compare.setEnabled(false);
		refresh.setToolTipText("Refresh: read the history again (after a commit made outside the workbench)"); //$NON-NLS-1$

		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(compare);
		toolBar.add(refresh);
		toolBar.add(new Separator());
		toolBar.add(link);

		MenuManager menu = new MenuManager();
		menu.add(compare);
		menu.add(new Separator());
		menu.add(refresh);
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
	}

	private void sessionChanged(ProgrammeSession newSession) {
		if (newSession == session || table.getControl().isDisposed()) {
			return;
		}
		if (session != null) {
			session.removeStateListener(sessionStateChanged);
		}
		session = newSession;
		// what the explorer shows selected when the view opens (elementOf ignores the previous programme's)
		selected = elementOf(getSite().getPage().getSelection(ProgrammeExplorerView.ID));
		if (session != null) {
			session.addStateListener(sessionStateChanged); // saved, saved elsewhere, reloaded
		}
		refresh();
	}

	/** Follows the selection of the explorer and the editor: one element with an id, or none. */
	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (!(part instanceof ProgrammeExplorerView || part instanceof ProgrammeEditor)) {
			return; // other views' rows (this table's, Compare Baselines') are not elements to follow
		}
		EObject element = elementOf(selection);
		if (element == selected) {
			return;
		}
		selected = element;
		if (link.isChecked()) {
			refresh();
		}
	}

	/** The one element of the open programme with an id in {@code selection}; null for the programme itself. */
	private EObject elementOf(ISelection selection) {
		if (session == null || !(selection instanceof IStructuredSelection structured) || structured.size() != 1
				|| !(structured.getFirstElement() instanceof EObject element) || element instanceof Programme
				|| element.eResource() != session.getResource() || EcoreUtil.getID(element) == null) {
			return null;
		}
		return element;
	}

	/** Reads the history again: of the linked element, or of the programme. */
	void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		if (running != null) {
			running.cancel();
			running = null;
		}
		// an element deleted since it was selected has left the resource: its history is the programme's now
		EObject element = link.isChecked() && selected != null && session != null
				&& selected.eResource() == session.getResource() ? selected : null;
		String label = element == null ? null : ElementHistory.labelOf(element);
		String subject = element == null ? "the programme" : label; //$NON-NLS-1$
		setContentDescription("History of " + subject); //$NON-NLS-1$
		table.setInput(List.of());
		compare.setEnabled(false);
		Path file = session == null ? null : session.getFile();
		if (session == null) {
			show("No programme is open."); //$NON-NLS-1$
		} else if (file == null) {
			show(NOT_SAVED);
		} else if (!ProgrammeRepository.isShared(file)) {
			show(NOT_SHARED);
		} else {
			show("Reading the history of " + file.getFileName() + "..."); //$NON-NLS-1$ //$NON-NLS-2$
			HistoryJob job = new HistoryJob("History of " + subject, file, element == null ? null : EcoreUtil.getID(element), //$NON-NLS-1$
					done -> table.getControl().getDisplay().asyncExec(() -> shown(done, label, file)));
			running = job;
			getSite().getService(IWorkbenchSiteProgressService.class).schedule(job);
		}
	}

	/** Shows what {@code job} read (of the element {@code label}, or null: the programme), unless a newer request replaced it. */
	private void shown(HistoryJob job, String label, Path file) {
		if (table.getControl().isDisposed() || job != running) {
			return;
		}
		running = null;
		List<HistoryEntry> entries = job.entries();
		table.setInput(entries);
		if (job.problem() != null) {
			show(job.problem());
		} else if (entries.isEmpty()) {
			show(label == null ? "No commit has " + file.getFileName() + " yet: commit it to start its history." //$NON-NLS-1$ //$NON-NLS-2$
					: "No commit of " + file.getFileName() + " changed " + label + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else {
			long commits = entries.stream().map(HistoryEntry::commitId).distinct().count();
			show(entries.size() + (entries.size() == 1 ? " change" : " changes") + " in " + commits //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (commits == 1 ? " commit" : " commits") + " of " + file.getFileName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ", newest first. Compare with This Commit shows what changed since a row's commit."); //$NON-NLS-1$
		}
	}

	private void show(String message) {
		status.setText(message);
		status.getParent().layout(true);
	}

	private HistoryEntry selectedEntry() {
		return table.getStructuredSelection().getFirstElement() instanceof HistoryEntry entry ? entry : null;
	}

	private void compareSelected() {
		HistoryEntry entry = selectedEntry();
		if (entry != null && session != null && session.getFile() != null) {
			CompareWithCommit.show(getSite().getPage(), session, entry);
		}
	}

	/** Whether a history is being read (its rows not shown yet), for tests. */
	boolean isReading() {
		return running != null;
	}

	/** The message above the table, for tests. */
	String getStatusText() {
		return status.getText();
	}

	/** The table, for tests that select rows as a user does. */
	TableViewer getViewer() {
		return table;
	}

	/** Link with Selection, for tests. */
	IAction getLinkWithSelection() {
		return link;
	}

	/** Compare with This Commit, for tests. */
	IAction getCompareAction() {
		return compare;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (running != null) {
			running.cancel();
		}
		if (session != null) {
			session.removeStateListener(sessionStateChanged);
		}
		super.dispose();
	}
}
