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
import org.eclipse.osgi.util.NLS;
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
	static final String NOT_SAVED = Messages.HistoryView_notSaved;
	static final String NOT_SHARED = Messages.HistoryView_notShared;
	private static final DateTimeFormatter MINUTE = Formats.dayAndTime(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")); //$NON-NLS-1$

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

	private final Action link = new Action(Messages.HistoryView_linkWithSelection, IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			refresh();
		}
	};
	private final Action refresh = new Action(Messages.HistoryView_refresh) {
		@Override
		public void run() {
			refresh();
		}
	};
	private final Action compare = new Action(Messages.HistoryView_compare) {
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
		column(Messages.HistoryView_columnDate, 130, e -> e.date().format(MINUTE));
		column(Messages.HistoryView_columnAuthor, 120, HistoryEntry::author);
		column(Messages.HistoryView_columnElement, 100, HistoryEntry::label);
		column(Messages.HistoryView_columnChange, 340, HistoryEntry::change);
		column(Messages.HistoryView_columnCommit, 280, HistoryEntry::summary);
		column(Messages.HistoryView_columnId, 80, e -> e.commitId().substring(0, 7));
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
		link.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		link.setToolTipText(Messages.HistoryView_linkTooltip);
		link.setChecked(true);
		compare.setImageDescriptor(AbstractUIPlugin.imageDescriptorFromPlugin("org.mea.jwp.ui", "icons/timeline.png")); //$NON-NLS-1$ //$NON-NLS-2$
		compare.setToolTipText(Messages.HistoryView_compareTooltip);
		compare.setEnabled(false);
		refresh.setToolTipText(Messages.HistoryView_refreshTooltip);

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
		String title = element == null ? Messages.HistoryView_historyOfProgramme
				: NLS.bind(Messages.HistoryView_historyOf, label);
		setContentDescription(title);
		table.setInput(List.of());
		compare.setEnabled(false);
		Path file = session == null ? null : session.getFile();
		if (session == null) {
			show(Messages.HistoryView_noProgramme);
		} else if (file == null) {
			show(NOT_SAVED);
		} else if (!ProgrammeRepository.isShared(file)) {
			show(NOT_SHARED);
		} else {
			show(NLS.bind(Messages.HistoryView_reading, file.getFileName()));
			HistoryJob job = new HistoryJob(title, file, element == null ? null : EcoreUtil.getID(element),
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
			show(label == null ? NLS.bind(Messages.HistoryView_noCommit, file.getFileName())
					: NLS.bind(Messages.HistoryView_noCommitChanged, file.getFileName(), label));
		} else {
			long commits = entries.stream().map(HistoryEntry::commitId).distinct().count();
			String changes = NLS.bind(
					entries.size() == 1 ? Messages.HistoryView_oneChange : Messages.HistoryView_changes,
					Formats.count(entries.size()));
			String inCommits = NLS.bind(commits == 1 ? Messages.HistoryView_oneCommit : Messages.HistoryView_commits,
					Formats.count(commits));
			show(NLS.bind(Messages.HistoryView_summary, new Object[] { changes, inCommits, file.getFileName() }));
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
