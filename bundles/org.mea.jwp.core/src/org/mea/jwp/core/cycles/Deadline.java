package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.Meeting;

/**
 * A report owed to a committee and the date it is due.
 *
 * @param title      what is due ("Progress report SC65 Doc. 14.3", an obligation's description)
 * @param source     the reporting cycle or reporting obligation it comes from
 * @param committee  the committee it is owed to, if known
 * @param meeting    the meeting it is for, if known
 * @param dueDate    the due date, {@code null} when neither a dated meeting nor a date is given
 * @param basis      how the due date was found
 * @param activities the activities it reports on; empty for a report on the whole programme
 * @param done       whether it has been delivered (a cycle with a baseline; an obligation whose
 *                   activities are all completed or cancelled)
 */
public record Deadline(String title, EObject source, Body committee, Meeting meeting, LocalDate dueDate,
		Basis basis, List<Activity> activities, boolean done) {

	/** How the due date was found. */
	public enum Basis {
		/** The meeting's first day minus the committee's rule. */
		RULE,
		/** A date given in the programme. */
		GIVEN,
		/** No date could be found. */
		NONE
	}

	/** Where a deadline stands at a date. */
	public enum State {
		/** Delivered. */
		DONE,
		/** Past its due date and not delivered. */
		LATE,
		/** Due within the next {@link Deadlines#SOON_DAYS} days. */
		DUE_SOON,
		/** Due later. */
		UPCOMING,
		/** No due date. */
		UNDATED
	}

	/** Where it stands at {@code asAt}. */
	public State state(LocalDate asAt) {
		if (done) {
			return State.DONE;
		}
		if (dueDate == null) {
			return State.UNDATED;
		}
		long days = daysLeft(asAt);
		if (days < 0) {
			return State.LATE;
		}
		return days <= Deadlines.SOON_DAYS ? State.DUE_SOON : State.UPCOMING;
	}

	/**
	 * Whom it is owed to, in short: the meeting's symbol ("SC65"), else the committee ("CITES SC",
	 * "CMS StC"), else "".
	 */
	public String recipient() {
		if (meeting != null) {
			return meeting.symbol();
		}
		if (committee == null) {
			return ""; //$NON-NLS-1$
		}
		String abbreviation = committee.getAbbreviation() == null ? committee.getName() : committee.getAbbreviation();
		return committee.getConvention() == null || committee.getConvention() == org.mea.jwp.model.Convention.NONE
				? abbreviation
				: committee.getConvention().getLiteral() + " " + abbreviation; //$NON-NLS-1$
	}

	/** Days from {@code asAt} to the due date (negative when late); 0 when undated. */
	public long daysLeft(LocalDate asAt) {
		return dueDate == null ? 0 : ChronoUnit.DAYS.between(asAt, dueDate);
	}
}
