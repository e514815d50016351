package org.mea.jwp.ui.internal.views;

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
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH); //$NON-NLS-1$

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
		new Label(bar, SWT.NONE).setText("As at:"); //$NON-NLS-1$
		asAt = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		hideDone = new Button(bar, SWT.CHECK);
		hideDone.setText("Hide delivered reports"); //$NON-NLS-1$
		next = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(next);

		table = new TableViewer(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Due", 95, d -> d.dueDate() == null ? "no date" : DAY.format(d.dueDate())); //$NON-NLS-1$
		column("Days left", 80, d -> d.dueDate() == null || d.done() ? "" : Long.toString(d.daysLeft(date()))); //$NON-NLS-1$ //$NON-NLS-2$
		column("State", 75, d -> state(d.state(date()))); //$NON-NLS-1$
		column("To", 75, Deadline::recipient); //$NON-NLS-1$
		column("Report due", 400, Deadline::title); //$NON-NLS-1$
		column("Activities", 145, d -> d.activities().isEmpty() ? "whole programme" //$NON-NLS-1$
				: String.join(", ", d.activities().stream().map(Activity::getCode).toList())); //$NON-NLS-1$
		column("Date from", 230, this::basis); //$NON-NLS-1$
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
		case LATE -> "late"; //$NON-NLS-1$
		case DUE_SOON -> "due soon"; //$NON-NLS-1$
		case UPCOMING -> "upcoming"; //$NON-NLS-1$
		case DONE -> "delivered"; //$NON-NLS-1$
		case UNDATED -> "no date"; //$NON-NLS-1$
		};
	}

	private String basis(Deadline deadline) {
		return switch (deadline.basis()) {
		case RULE -> rules.daysBefore(deadline.committee()) + " days before " + deadline.meeting().symbol() //$NON-NLS-1$
				+ " (" + DAY.format(deadline.meeting().getStartDate()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		case GIVEN -> "date given in the programme"; //$NON-NLS-1$
		case NONE -> "meeting not dated"; //$NON-NLS-1$
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
			next.setText("No programme is open."); //$NON-NLS-1$
			return;
		}
		LocalDate date = date();
		List<Deadline> all = Deadlines.of(session.getProgramme(), rules);
		table.setInput(all.stream().filter(d -> !(hideDone.getSelection() && d.done())).toArray());
		long late = all.stream().filter(d -> d.state(date) == Deadline.State.LATE).count();
		String upcoming = all.stream().filter(d -> !d.done() && d.dueDate() != null && !d.dueDate().isBefore(date)).findFirst()
				.map(d -> "Next: " + d.title() + ", due " + DAY.format(d.dueDate()) + " (in " + d.daysLeft(date) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (d.daysLeft(date) == 1 ? " day)" : " days)")) //$NON-NLS-1$ //$NON-NLS-2$
				.orElse("Nothing more is due"); //$NON-NLS-1$
		next.setText(upcoming + (late == 0 ? "" : " \u00b7 " + late + " late")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
