package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.ReportingObligation;

/**
 * The deadlines of a programme: one per reporting cycle (its progress report, due before its
 * meeting) and one per reporting obligation. A due date comes from the meeting and the committee's
 * rule when the meeting has a start date, else from the date given in the programme.
 */
public final class Deadlines {

	/** Deadlines within this many days are "due soon". */
	public static final int SOON_DAYS = 30;

	private Deadlines() {
	}

	/** The deadlines of {@code programme} under {@code rules}, by due date, undated ones last. */
	public static List<Deadline> of(Programme programme, DeadlineRules rules) {
		List<Deadline> deadlines = new ArrayList<>();
		for (ReportingCycle cycle : programme.getCycles()) {
			deadlines.add(of(cycle, rules));
		}
		for (ReportingObligation obligation : programme.getReportingObligations()) {
			deadlines.add(of(obligation, rules));
		}
		deadlines.sort(Comparator.comparing(Deadline::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return deadlines;
	}

	/** The deadline of a cycle's progress report. */
	public static Deadline of(ReportingCycle cycle, DeadlineRules rules) {
		Body committee = cycle.getCommittee() != null ? cycle.getCommittee()
				: cycle.getMeeting() == null ? null : cycle.getMeeting().getBody();
		LocalDate due = rules.dueDate(committee, cycle.getMeeting());
		String symbol = cycle.getDocumentSymbol();
		String title = (cycle.isFinalReport() ? "Final report" : "Progress report") //$NON-NLS-1$ //$NON-NLS-2$
				+ (symbol == null || symbol.isBlank() ? "" : " " + symbol) //$NON-NLS-1$ //$NON-NLS-2$
				// a final report is not always for a meeting yet: then it is just "Final report"
				+ (cycle.isFinalReport() && cycle.getMeeting() == null ? "" : " for " + Cycles.label(cycle)); //$NON-NLS-1$ //$NON-NLS-2$
		return new Deadline(title, cycle, committee, cycle.getMeeting(), due,
				due == null ? Deadline.Basis.NONE : Deadline.Basis.RULE, List.of(), cycle.getBaseline() != null);
	}

	/** The deadline of an obligation. */
	public static Deadline of(ReportingObligation obligation, DeadlineRules rules) {
		LocalDate due = rules.dueDate(obligation.getCommittee(), obligation.getMeeting());
		Deadline.Basis basis = Deadline.Basis.RULE;
		if (due == null) {
			due = obligation.getDueDate();
			basis = due == null ? Deadline.Basis.NONE : Deadline.Basis.GIVEN;
		}
		List<Activity> activities = List.copyOf(obligation.getActivities());
		boolean done = !activities.isEmpty() && activities.stream().allMatch(Deadlines::isFinished);
		return new Deadline(obligation.getDescription(), obligation, obligation.getCommittee(), obligation.getMeeting(),
				due, basis, activities, done);
	}

	private static boolean isFinished(Activity activity) {
		return activity.getStatus() == ActivityStatus.COMPLETED || activity.getStatus() == ActivityStatus.CANCELLED;
	}
}
