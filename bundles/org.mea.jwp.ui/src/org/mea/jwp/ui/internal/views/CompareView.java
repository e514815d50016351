package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.core.cycles.ActivityChange;
import org.mea.jwp.core.cycles.Baselines;
import org.mea.jwp.core.cycles.ChangeKind;
import org.mea.jwp.core.cycles.Comparison;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Compare Baselines: what changed, activity by activity, between two recorded baselines or between
 * a baseline and the programme as it is now; counts per theme on top, filters by theme, species and
 * lead. An earlier version of the programme (the History view's Compare with This Commit) is
 * recorded like a baseline and offered as one more choice. The "current programme" side is a fresh record of the model, taken again whenever the model
 * changes. Double-click an activity to go to it.
 */
public class CompareView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.compare"; //$NON-NLS-1$
	/** The "to" choice that stands for the programme as it is now. */
	static final String CURRENT = Messages.CompareView_currentProgramme;
	private static final String ALL = Messages.CompareView_all;
	private static final DateTimeFormatter DAY = Formats
			.day(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)); //$NON-NLS-1$

	private ComboViewer from;
	private ComboViewer to;
	private ComboViewer theme;
	private ComboViewer species;
	private ComboViewer lead;
	private Label counts;
	private TableViewer table;
	private ModelFollower follower;
	private Comparison comparison;
	/** An earlier version of the programme to compare with (Compare with This Commit), or null. */
	private Version version;

	/** The programme as an earlier version had it, recorded like a baseline; {@code name} is its choice label. */
	private record Version(ProgrammeSession session, String name, Baseline record) {
		@Override
		public String toString() {
			return name;
		}
	}

	/**
	 * Shows what changed between {@code earlier} (another version of {@code session}'s programme, such
	 * as the one a commit has) and the programme as it is now; {@code earlierName} names it in the
	 * "From" list. The version stays a choice until another programme is opened.
	 */
	public static CompareView show(IWorkbenchPage page, ProgrammeSession session, Programme earlier, String earlierName)
			throws PartInitException {
		CompareView view = (CompareView) page.showView(ID);
		view.version = new Version(session, earlierName, Baselines.snapshot(earlier, LocalDate.now(), LocalDate.now()));
		view.fillChoices();
		// the new version is the last choice, which fillChoices also takes when the view is new
		select(view.from, view.version);
		select(view.to, CURRENT);
		return view;
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite choices = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).applyTo(choices);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
		from = combo(choices, Messages.CompareView_from, SWT.DEFAULT, this::choiceLabel);
		to = combo(choices, Messages.CompareView_to, SWT.DEFAULT, this::choiceLabel);
		theme = combo(choices, Messages.CompareView_theme, 150,
				o -> o instanceof Theme t ? t.getLetter() + ". " + t.getShortName() : String.valueOf(o)); //$NON-NLS-1$
		species = combo(choices, Messages.CompareView_species, 150,
				o -> o instanceof Taxon t ? t.getNameAsPrinted() : String.valueOf(o));
		lead = combo(choices, Messages.CompareView_lead, SWT.DEFAULT,
				o -> o instanceof LeadSecretariat l ? Formats.literal(l) : String.valueOf(o));
		counts = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);

		table = new TableViewer(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.CompareView_columnCode, 60, ActivityChange::code);
		column(Messages.CompareView_columnTheme, 65, ActivityChange::theme);
		column(Messages.CompareView_columnChanges, 110,
				c -> c.kinds().stream().map(CompareView::kind).collect(Collectors.joining(", "))); //$NON-NLS-1$
		column(Messages.CompareView_columnWhatChanged, 300, CompareView::whatChanged);
		column(Messages.CompareView_columnLatestProgress, 380,
				c -> Objects.toString(c.current().getProgressNarrative(), "")); //$NON-NLS-1$
		column(Messages.CompareView_columnActivity, 420, c -> Objects.toString(c.current().getText(), "")); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addOpenListener(
				event -> open((ActivityChange) ((StructuredSelection) event.getSelection()).getFirstElement()));

		from.addSelectionChangedListener(event -> compare());
		to.addSelectionChangedListener(event -> compare());
		theme.addSelectionChangedListener(event -> filter());
		species.addSelectionChangedListener(event -> filter());
		lead.addSelectionChangedListener(event -> filter());
		getSite().setSelectionProvider(table);
		follower = ModelFollower.follow(body, session -> {
			if (version != null && version.session() != session && session != null) {
				version = null; // another programme: its versions are not this one's
			}
			fillChoices();
		}, this::fillChoices);
	}

	private ComboViewer combo(Composite parent, String label, int width, Function<Object, String> text) {
		new Label(parent, SWT.NONE).setText(label);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(viewer.getControl());
		return viewer;
	}

	/*
	 * The changes in the workbench's language. Core words them in English (ActivityChange.describe)
	 * for the English reports and jwp diff; a report in another language words them with its own Wording.
	 */
	static String kind(ChangeKind kind) {
		return switch (kind) {
		case ADDED -> Messages.CompareView_kindAdded;
		case REMOVED -> Messages.CompareView_kindRemoved;
		case STATUS -> Messages.CompareView_kindStatus;
		case PROGRESS -> Messages.CompareView_kindProgress;
		case TIMEFRAME -> Messages.CompareView_kindTimeframe;
		case LEAD -> Messages.CompareView_kindLead;
		};
	}

	/** "status: not started → in progress; 1 new progress entry", in the workbench's language. */
	static String whatChanged(ActivityChange change) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		for (ChangeKind kind : change.kinds()) {
			parts.add(switch (kind) {
			case ADDED, REMOVED -> kind(kind);
			case STATUS ->
				NLS.bind(Messages.CompareView_fromTo, new Object[] { kind(kind), value(change.before().getStatus()),
						value(change.after().getStatus()) });
			case LEAD ->
				NLS.bind(Messages.CompareView_fromTo, new Object[] { kind(kind), value(change.before().getLead()),
						value(change.after().getLead()) });
			case TIMEFRAME ->
				NLS.bind(Messages.CompareView_fromTo, new Object[] { kind(kind), value(change.before().getTimeframe()),
						value(change.after().getTimeframe()) });
			case PROGRESS -> {
				int added = change.newProgressEntries();
				yield added == 1 ? Messages.CompareView_oneNewEntry
						: added > 0 ? NLS.bind(Messages.CompareView_newEntries, Formats.count(added))
								: added == -1 ? Messages.CompareView_oneEntryRemoved
										: NLS.bind(Messages.CompareView_entriesRemoved, Formats.count(-added));
			}
			});
		}
		return String.join("; ", parts); //$NON-NLS-1$
	}

	private static String value(Object value) {
		String text = value instanceof org.eclipse.emf.common.util.Enumerator literal ? Formats.literal(literal)
				: Objects.toString(value, ""); //$NON-NLS-1$
		return text.isBlank() ? Messages.CompareView_none : text;
	}

	private void column(String title, int width, Function<ActivityChange, String> text) {
		TextColumns.add(table, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ActivityChange) element);
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object element) {
				return ((ActivityChange) element).has(ChangeKind.REMOVED)
						? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)
						: null;
			}
		});
	}

	/** "SC62 – baseline at 23 July 2012", or {@link #CURRENT}. */
	private String choiceLabel(Object element) {
		if (element instanceof ReportingCycle cycle && cycle.getBaseline() != null) {
			return NLS.bind(Messages.CompareView_baselineAt, Cycles.label(cycle),
					DAY.format(cycle.getBaseline().getDate()));
		}
		return String.valueOf(element);
	}

	/** The record a "From" or "To" choice stands for: a cycle's baseline, an earlier version's record. */
	private static Baseline recordOf(Object choice) {
		if (choice instanceof ReportingCycle cycle) {
			return cycle.getBaseline();
		}
		return choice instanceof Version earlier ? earlier.record() : null;
	}

	/** Fills the lists from the programme; default: the latest baseline compared with the programme now. */
	private void fillChoices() {
		Object fromBefore = from.getStructuredSelection().getFirstElement();
		Object toBefore = to.getStructuredSelection().getFirstElement();
		ProgrammeSession session = follower == null ? null : follower.session();
		Programme programme = session == null ? null : session.getProgramme();
		List<Object> recorded = new ArrayList<>();
		if (programme != null) {
			recorded.addAll(programme.getCycles().stream().filter(c -> c.getBaseline() != null).toList());
		}
		if (version != null && version.session() == session) {
			recorded.add(version);
		}
		from.setInput(recorded.toArray());
		List<Object> targets = new ArrayList<>(recorded);
		targets.add(CURRENT);
		to.setInput(targets.toArray());
		refill(theme, programme == null ? List.of() : programme.getThemes());
		refill(species, programme == null ? List.of() : programme.getTaxa());
		refill(lead, List.of(LeadSecretariat.values()));
		select(from, recorded.contains(fromBefore) ? fromBefore
				: recorded.isEmpty() ? null : recorded.get(recorded.size() - 1));
		select(to, targets.contains(toBefore) ? toBefore : CURRENT);
		compare();
	}

	/** Sets a filter's choices to "(all)" and {@code elements}, keeping the choice made if it is still there. */
	private static void refill(ComboViewer filter, List<?> elements) {
		Object before = filter.getStructuredSelection().getFirstElement();
		List<Object> all = new ArrayList<>();
		all.add(ALL);
		all.addAll(elements);
		filter.setInput(all.toArray());
		select(filter, all.contains(before) ? before : ALL);
	}

	private static void select(ComboViewer viewer, Object element) {
		viewer.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
	}

	/** Compares the two chosen records and shows the result. */
	private void compare() {
		ProgrammeSession session = follower == null ? null : follower.session();
		Baseline earlier = recordOf(from.getStructuredSelection().getFirstElement());
		if (session == null || earlier == null) {
			comparison = null;
			table.setInput(new Object[0]);
			counts.setText(session == null ? Messages.CompareView_noProgramme : Messages.CompareView_noBaseline);
			return;
		}
		Object target = to.getStructuredSelection().getFirstElement();
		Baseline later = CURRENT.equals(target) || target == null
				? Baselines.snapshot(session.getProgramme(), LocalDate.now(), LocalDate.now())
				: recordOf(target);
		comparison = Comparison.of(earlier, later);
		filter();
	}

	/** Shows the changes that pass the filters, and the counts per theme of all of them. */
	private void filter() {
		if (comparison == null) {
			return;
		}
		List<ActivityChange> shown = comparison.changes().stream().filter(this::passes).toList();
		table.setInput(shown.toArray());
		counts.setText(summary(shown));
		counts.getParent().layout(true);
	}

	private boolean passes(ActivityChange change) {
		Object chosenTheme = theme.getStructuredSelection().getFirstElement();
		Object chosenSpecies = species.getStructuredSelection().getFirstElement();
		Object chosenLead = lead.getStructuredSelection().getFirstElement();
		boolean themeOk = !(chosenTheme instanceof Theme t) || Objects.equals(t.getLetter(), change.theme());
		boolean speciesOk = !(chosenSpecies instanceof Taxon t) || change.current().getSpecies().contains(t.getId())
				|| change.before() != null && change.before().getSpecies().contains(t.getId());
		boolean leadOk = !(chosenLead instanceof LeadSecretariat l) || change.current().getLead() == l
				|| change.before() != null && change.before().getLead() == l;
		return themeOk && speciesOk && leadOk;
	}

	/** "3 activities changed — A: 1 status · B: 1 progress · C: 1 status" */
	private String summary(List<ActivityChange> shown) {
		if (comparison.isEmpty()) {
			return Messages.CompareView_nothingChanged;
		}
		int changed = comparison.changes().size();
		String text = NLS.bind(
				changed == 1 ? Messages.CompareView_oneActivityChanged : Messages.CompareView_activitiesChanged,
				Formats.count(changed));
		if (shown.size() != changed) {
			text = NLS.bind(Messages.CompareView_shown, text, Formats.count(shown.size()));
		}
		List<String> themes = new ArrayList<>();
		for (Map.Entry<String, Map<ChangeKind, Integer>> entry : comparison.countsByTheme().entrySet()) {
			themes.add(NLS.bind(Messages.CompareView_themeCounts, entry.getKey(), entry.getValue().entrySet().stream()
					.map(e -> NLS.bind(Messages.CompareView_kindCount, Formats.count(e.getValue()), e.getKey().label()))
					.collect(Collectors.joining(", ")))); //$NON-NLS-1$
		}
		return text + " \u2014 " + String.join(" \u00b7 ", themes); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void open(ActivityChange change) {
		ProgrammeSession session = follower.session();
		if (change == null || session == null) {
			return;
		}
		Activity activity = session.getProgramme().activities().stream()
				.filter(a -> Objects.equals(a.getId(), change.activityId())).findFirst().orElse(null);
		if (activity == null) {
			getViewSite().getActionBars().getStatusLineManager()
					.setMessage(NLS.bind(Messages.CompareView_notInProgramme, change.code()));
			return;
		}
		Reveal.element(getSite().getPage(), activity);
	}

	/** Model changes come in bursts (an import, an undo): one comparison for each burst. */
	/** For tests and the screenshot. */
	ComboViewer getFrom() {
		return from;
	}

	ComboViewer getTo() {
		return to;
	}

	ComboViewer getThemeFilter() {
		return theme;
	}

	ComboViewer getSpeciesFilter() {
		return species;
	}

	ComboViewer getLeadFilter() {
		return lead;
	}

	TableViewer getTable() {
		return table;
	}

	String getCountsText() {
		return counts.getText();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

}
