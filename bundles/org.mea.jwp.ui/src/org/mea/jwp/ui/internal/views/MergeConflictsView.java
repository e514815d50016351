package org.mea.jwp.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.core.merge.Conflict;
import org.mea.jwp.core.merge.ConflictKind;
import org.mea.jwp.core.merge.MergeResult;
import org.mea.jwp.core.merge.Resolution;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Merge Conflicts: what a model-aware merge could not settle by itself, one conflict per row with
 * the element, the feature and the base, my and their values side by side. Each is resolved with
 * <i>Take Mine</i>, <i>Take Theirs</i> or <i>Edit...</i> (a value of one's own, for a single
 * attribute); nothing changes in the programme until <i>Complete Merge</i>, which is enabled once every
 * conflict is resolved and applies the merge and all resolutions as one command: one <i>Edit &gt;
 * Undo</i> takes the whole merge back, and nothing is saved before it.
 */
public class MergeConflictsView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.mergeConflicts"; //$NON-NLS-1$

	private Label summary;
	private TableViewer table;
	private Button mine;
	private Button theirs;
	private Button edit;
	private Button complete;

	private ProgrammeSession session;
	private MergeResult merge;
	private String theirName;
	private final Map<Conflict, Resolution> resolutions = new LinkedHashMap<>();

	/**
	 * Shows the conflicts of {@code merge} (of {@code theirName}'s version into {@code session}'s
	 * programme) for the user to resolve.
	 */
	public static MergeConflictsView show(IWorkbenchPage page, ProgrammeSession session, MergeResult merge,
			String theirName)
			throws PartInitException {
		MergeConflictsView view = (MergeConflictsView) page.showView(ID);
		view.setInput(session, merge, theirName);
		return view;
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		table = new TableViewer(body, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.MergeConflictsView_columnElement, 170, Conflict::getElementLabel);
		column(Messages.MergeConflictsView_columnFeature, 110,
				c -> c.getFeature() == null ? Messages.MergeConflictsView_theElement : c.getFeature());
		column(Messages.MergeConflictsView_columnBase, 150, c -> c.getBase().text());
		column(Messages.MergeConflictsView_columnMine, 150, c -> c.getOurs().text());
		column(Messages.MergeConflictsView_columnTheirs, 150, c -> c.getTheirs().text());
		column(Messages.MergeConflictsView_columnResolution, 160, this::resolutionText);
		column(Messages.MergeConflictsView_columnKind, 130, c -> kindText(c.getKind()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		mine = button(buttons, Messages.MergeConflictsView_takeMine, () -> resolveSelected(Resolution.OURS));
		theirs = button(buttons, Messages.MergeConflictsView_takeTheirs, () -> resolveSelected(Resolution.THEIRS));
		edit = button(buttons, Messages.MergeConflictsView_edit, this::editSelected);
		complete = button(buttons, Messages.MergeConflictsView_complete, this::completeMerge);
		table.addSelectionChangedListener(event -> updateButtons());
		getSite().setSelectionProvider(table);
		setInput(null, null, null);
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void column(String title, int width, Function<Conflict, String> text) {
		TextColumns.add(table, Conflict.class, title, width, text);
	}

	/** Shows {@code newMerge}'s conflicts; resolutions of an earlier input are forgotten. */
	public void setInput(ProgrammeSession newSession, MergeResult newMerge, String newTheirName) {
		session = newSession;
		merge = newMerge;
		theirName = newTheirName;
		resolutions.clear();
		table.setInput(merge == null ? List.of() : merge.getConflicts());
		refresh();
	}

	/** The conflicts shown, in order. */
	public List<Conflict> getConflicts() {
		return merge == null ? List.of() : merge.getConflicts();
	}

	/** The table, for tests that select rows as a user does. */
	public TableViewer getViewer() {
		return table;
	}

	/** Resolves the selected conflicts with {@code resolution}, where it applies to them. */
	void resolveSelected(Resolution resolution) {
		for (Object selected : ((IStructuredSelection) table.getSelection()).toList()) {
			resolve((Conflict) selected, resolution);
		}
		refresh();
	}

	private void resolve(Conflict conflict, Resolution resolution) {
		if (resolution.choice() != Resolution.Choice.OURS
				&& !conflict.resolve(session.getEditingDomain(), resolution).canExecute()) {
			return; // e.g. a frozen baseline: only the recorded one can stay
		}
		resolutions.put(conflict, resolution);
	}

	private void editSelected() {
		Conflict conflict = (Conflict) table.getStructuredSelection().getFirstElement();
		EAttribute attribute = editableAttribute(conflict);
		if (attribute == null) {
			return;
		}
		IInputValidator validator = text -> {
			try {
				EcoreUtil.createFromString(attribute.getEAttributeType(), text);
				return null;
			} catch (RuntimeException e) {
				return NLS.bind(Messages.MergeConflictsView_notAValue, attribute.getEAttributeType().getName(),
						e.getMessage());
			}
		};
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.MergeConflictsView_editTitle,
				NLS.bind(Messages.MergeConflictsView_editMessage,
						new Object[] { conflict.getElementLabel(), conflict.getFeature(),
								conflict.getOurs().text(), conflict.getTheirs().text() }),
				conflict.getOurs().text(), validator);
		if (dialog.open() == Window.OK) {
			resolve(conflict,
					Resolution.value(EcoreUtil.createFromString(attribute.getEAttributeType(), dialog.getValue())));
			refresh();
		}
	}

	/** The single-valued attribute a conflict is on, which a typed value can settle; else null. */
	private EAttribute editableAttribute(Conflict conflict) {
		if (conflict == null || conflict.getFeature() == null || merge == null) {
			return null;
		}
		EObject element = find(conflict.getElementId());
		EStructuralFeature feature = element == null ? null
				: element.eClass().getEStructuralFeature(conflict.getFeature());
		return feature instanceof EAttribute attribute && !attribute.isMany() ? attribute : null;
	}

	private EObject find(String id) {
		for (var it = merge.getProgramme().eAllContents(); it.hasNext();) {
			EObject candidate = it.next();
			if (candidate instanceof org.mea.jwp.model.Identified identified && id.equals(identified.getId())) {
				return candidate;
			}
		}
		return id.equals(merge.getProgramme().getId()) ? merge.getProgramme() : null;
	}

	/** Applies the merge and every resolution as one command on the programme's command stack. */
	void completeMerge() {
		if (merge == null || resolutions.size() < merge.getConflicts().size()) {
			return;
		}
		Command command = merge.command(session.getEditingDomain(), session.getResource(), resolutions);
		if (!command.canExecute()) {
			MessageDialog.openError(getSite().getShell(), Messages.MergeConflictsView_completeTitle,
					Messages.MergeConflictsView_cannotApply);
			return;
		}
		session.getCommandStack().execute(command);
		setInput(null, null, null);
		summary.setText(Messages.MergeConflictsView_completed);
	}

	private String resolutionText(Conflict conflict) {
		Resolution resolution = resolutions.get(conflict);
		if (resolution == null) {
			return Messages.MergeConflictsView_unresolved;
		}
		return switch (resolution.choice()) {
		case OURS -> Messages.MergeConflictsView_resolutionMine;
		case THEIRS -> Messages.MergeConflictsView_resolutionTheirs;
		case BASE -> Messages.MergeConflictsView_resolutionBase;
		case VALUE -> NLS.bind(Messages.MergeConflictsView_resolutionEdited, String.valueOf(resolution.value()));
		};
	}

	private static String kindText(ConflictKind kind) {
		return switch (kind) {
		case CONCURRENT_CHANGE -> Messages.MergeConflictsView_kindConcurrentChange;
		case DELETE_EDIT -> Messages.MergeConflictsView_kindDeleteEdit;
		case DANGLING_REFERENCE -> Messages.MergeConflictsView_kindDanglingReference;
		case TWO_BASELINES -> Messages.MergeConflictsView_kindTwoBaselines;
		case FROZEN_BASELINE -> Messages.MergeConflictsView_kindFrozenBaseline;
		case DUPLICATE_CODE -> Messages.MergeConflictsView_kindDuplicateCode;
		case CONCURRENT_MOVE -> Messages.MergeConflictsView_kindConcurrentMove;
		case LIST_ORDER -> Messages.MergeConflictsView_kindListOrder;
		};
	}

	private void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		table.refresh();
		if (merge == null) {
			summary.setText(Messages.MergeConflictsView_noMerge);
		} else {
			int total = merge.getConflicts().size();
			String conflicts = NLS.bind(
					total == 1 ? Messages.MergeConflictsView_oneConflict : Messages.MergeConflictsView_conflicts,
					Formats.count(total));
			Object into = session.getFile() == null ? Messages.MergeConflictsView_theProgramme
					: session.getFile().getFileName();
			summary.setText(NLS.bind(Messages.MergeConflictsView_summary,
					new Object[] { conflicts, theirName, into, Formats.count(resolutions.size()) }));
		}
		summary.getParent().layout(true);
		updateButtons();
	}

	private void updateButtons() {
		boolean selected = merge != null && !table.getSelection().isEmpty();
		mine.setEnabled(selected);
		theirs.setEnabled(selected);
		edit.setEnabled(
				selected && editableAttribute((Conflict) table.getStructuredSelection().getFirstElement()) != null);
		complete.setEnabled(merge != null && resolutions.size() == merge.getConflicts().size());
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
