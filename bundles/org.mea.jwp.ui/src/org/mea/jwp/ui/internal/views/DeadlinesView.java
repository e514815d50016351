package org.mea.jwp.ui.internal.views;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.core.cycles.Deadline;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.core.cycles.Deadlines;
import org.mea.jwp.model.Activity;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Deadlines: the reports owed to the committees, by due date, as at a date (today unless chosen):
 * what is late (red), due within {@value Deadlines#SOON_DAYS} days (bold), later, delivered (grey),
 * for which activities, and how each date was found. Follows the model and the deadline rules of the
 * preferences. Double-click to go to the cycle, obligation or its activity.
 */
public class DeadlinesView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.deadlines"; //$NON-NLS-1$
	private static final DateTimeFormatter DAY = Formats.day(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)); //$NON-NLS-1$

	private DateTime asAt;
	private Button hideDone;
	private Label next;
	private TableViewer table;
	private ModelFollower follower;
	private DeadlineRules rules = DeadlineRules.fromPreferences();
	private final IPreferenceChangeListener rulesChanged = event -> {
		if (event.getKey().startsWith(DeadlineRules.KEY_PREFIX)) {
			table.getControl().getDisplay().asyncExec(() -> {
				if (!table.getControl().isDisposed()) {
					rules = DeadlineRules.fromPreferences();
					refresh();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite bar = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Label asAtLabel = new Label(bar, SWT.NONE);
		asAtLabel.setText(Messages.DeadlinesView_asAt);
		asAt = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		AccessibleNames.labelledBy(asAt, asAtLabel);
		hideDone = new Button(bar, SWT.CHECK);
		hideDone.setText(Messages.DeadlinesView_hideDelivered);
		next = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(next);

		table = new TableViewer(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.DeadlinesView_columnDue, 95,
				d -> d.dueDate() == null ? Messages.DeadlinesView_noDate : DAY.format(d.dueDate()));
		column(Messages.DeadlinesView_columnDaysLeft, 80,
				d -> d.dueDate() == null || d.done() ? "" : Formats.count(d.daysLeft(date()))); //$NON-NLS-1$
		column(Messages.DeadlinesView_columnState, 75, d -> state(d.state(date())));
		column(Messages.DeadlinesView_columnTo, 75, Deadline::recipient);
		column(Messages.DeadlinesView_columnReportDue, 400, DeadlinesView::title);
		column(Messages.DeadlinesView_columnActivities, 145,
				d -> d.activities().isEmpty() ? Messages.DeadlinesView_wholeProgramme
						: String.join(", ", d.activities().stream().map(Activity::getCode).toList())); //$NON-NLS-1$
		column(Messages.DeadlinesView_columnDateFrom, 230, this::basis);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addOpenListener(event -> {
			Deadline deadline = (Deadline) ((StructuredSelection) event.getSelection()).getFirstElement();
			if (deadline != null) {
				EObject target = deadline.activities().size() == 1 ? deadline.activities().get(0) : deadline.source();
				Reveal.element(getSite().getPage(), target);
			}
		});
		asAt.addListener(SWT.Selection, event -> refresh());
		hideDone.addListener(SWT.Selection, event -> refresh());
		DeadlineRules.node().addPreferenceChangeListener(rulesChanged);
		getSite().setSelectionProvider(table);
		follower = ModelFollower.follow(body, session -> refresh(), this::refresh);
	}

	private void column(String title, int width, Function<Deadline, String> text) {
		TextColumns.add(table, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Deadline) element);
			}

			@Override
			public Color getForeground(Object element) {
				return switch (((Deadline) element).state(date())) {
				case LATE -> table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
				case DONE, UNDATED -> table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
				default -> null;
				};
			}

			@Override
			public Font getFont(Object element) {
				Deadline.State state = ((Deadline) element).state(date());
				return state == Deadline.State.LATE || state == Deadline.State.DUE_SOON
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null;
			}
		});
	}

	private static String state(Deadline.State state) {
		return switch (state) {
		case LATE -> Messages.DeadlinesView_stateLate;
		case DUE_SOON -> Messages.DeadlinesView_stateDueSoon;
		case UPCOMING -> Messages.DeadlinesView_stateUpcoming;
		case DONE -> Messages.DeadlinesView_stateDelivered;
		case UNDATED -> Messages.DeadlinesView_noDate;
		};
	}

	/**
	 * What is due, in the workbench's language: a cycle's report is named here (core names it in
	 * English, for the reports); an obligation's description is the programme's own text.
	 */
	static String title(Deadline deadline) {
		if (!(deadline.source() instanceof org.mea.jwp.model.ReportingCycle cycle)) {
			return deadline.title();
		}
		String title = cycle.isFinalReport() ? Messages.DeadlinesView_finalReport
				: Messages.DeadlinesView_progressReport;
		String symbol = cycle.getDocumentSymbol();
		if (symbol != null && !symbol.isBlank()) {
			title = NLS.bind(Messages.DeadlinesView_titleWithSymbol, title, symbol);
		}
		if (cycle.isFinalReport() && cycle.getMeeting() == null) {
			return title;
		}
		String label = cycle.isFinalReport() && org.mea.jwp.core.cycles.Cycles.label(cycle).equals("End of period") //$NON-NLS-1$
				? Messages.DeadlinesView_endOfPeriod
				: org.mea.jwp.core.cycles.Cycles.label(cycle);
		return NLS.bind(Messages.DeadlinesView_titleFor, title, label);
	}

	private String basis(Deadline deadline) {
		return switch (deadline.basis()) {
		case RULE -> NLS.bind(Messages.DeadlinesView_basisRule,
				new Object[] { Formats.count(rules.daysBefore(deadline.committee())),
						deadline.meeting().symbol(), DAY.format(deadline.meeting().getStartDate()) });
		case GIVEN -> Messages.DeadlinesView_basisGiven;
		case NONE -> Messages.DeadlinesView_basisNone;
		};
	}

	/** The "as at" date. */
	LocalDate date() {
		return LocalDate.of(asAt.getYear(), asAt.getMonth() + 1, asAt.getDay());
	}

	/** Sets the "as at" date (for tests and the screenshot). */
	void setDate(LocalDate date) {
		asAt.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		refresh();
	}

	private void refresh() {
		ProgrammeSession session = follower == null ? null : follower.session();
		if (session == null) {
			table.setInput(new Object[0]);
			next.setText(Messages.DeadlinesView_noProgramme);
			return;
		}
		LocalDate date = date();
		List<Deadline> all = Deadlines.of(session.getProgramme(), rules);
		table.setInput(all.stream().filter(d -> !(hideDone.getSelection() && d.done())).toArray());
		long late = all.stream().filter(d -> d.state(date) == Deadline.State.LATE).count();
		String upcoming = all.stream().filter(d -> !d.done() && d.dueDate() != null && !d.dueDate().isBefore(date))
				.findFirst()
				.map(d -> NLS.bind(
						d.daysLeft(date) == 1 ? Messages.DeadlinesView_nextInOneDay : Messages.DeadlinesView_nextInDays,
						new Object[] { title(d), DAY.format(d.dueDate()), Formats.count(d.daysLeft(date)) }))
				.orElse(Messages.DeadlinesView_nothingDue);
		next.setText(late == 0 ? upcoming : NLS.bind(Messages.DeadlinesView_withLate, upcoming, Formats.count(late)));
		next.getParent().layout(true);
	}

	/** For tests. */
	TableViewer getTable() {
		return table;
	}

	Button getHideDone() {
		return hideDone;
	}

	String getNextText() {
		return next.getText();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		DeadlineRules.node().removePreferenceChangeListener(rulesChanged);
		super.dispose();
	}
}
