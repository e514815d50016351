package org.mea.jwp.core;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingObligation;

/**
 * The calendar of a programme's meetings: years in order, meetings in the order of their dates
 * within a year (worded dates such as "March" or "Late in the year" placed where they fall),
 * meetings without a year last; and what is due at each meeting. Shared by the Meetings view and
 * the meeting calendar report.
 */
public final class MeetingCalendar {

	/** Label of the group of meetings without a year. */
	public static final String UNDATED = "Date not given"; //$NON-NLS-1$

	private MeetingCalendar() {
	}

	/** A year of the calendar. */
	public record Year(String label, List<Meeting> meetings) {
	}

	/** The years of {@code programme}'s calendar. */
	public static List<Year> of(Programme programme) {
		Map<Integer, List<Meeting>> byYear = new TreeMap<>();
		List<Meeting> undated = new ArrayList<>();
		for (Meeting meeting : programme.getMeetings()) {
			if (meeting.getYear() > 0) {
				byYear.computeIfAbsent(meeting.getYear(), y -> new ArrayList<>()).add(meeting);
			} else {
				undated.add(meeting);
			}
		}
		List<Year> years = new ArrayList<>();
		Comparator<Meeting> byDate = Comparator.comparingInt(MeetingCalendar::dayOfYear);
		byYear.forEach((year, meetings) -> {
			meetings.sort(byDate);
			years.add(new Year(Integer.toString(year), meetings));
		});
		if (!undated.isEmpty()) {
			years.add(new Year(UNDATED, undated));
		}
		return years;
	}

	/**
	 * Where a meeting falls in its year: its start date, else the month its date wording names
	 * ("March", "June-July 2005"), "late in the year" at the end, unknown after everything.
	 */
	public static int dayOfYear(Meeting meeting) {
		if (meeting.getStartDate() != null) {
			return meeting.getStartDate().getDayOfYear();
		}
		String when = meeting.getWhen() == null ? "" : meeting.getWhen().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		for (Month month : Month.values()) {
			if (when.contains(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
				return month.firstDayOfYear(false);
			}
		}
		return when.contains("late") ? 360 : 400; //$NON-NLS-1$
	}

	/** The activities that target {@code meeting}, in document order. */
	public static List<Activity> activitiesAt(Programme programme, Meeting meeting) {
		return programme.activities().stream().filter(a -> a.getMeetings().contains(meeting)).toList();
	}

	/** The reports due at {@code meeting}. */
	public static List<ReportingObligation> reportsAt(Programme programme, Meeting meeting) {
		return programme.getReportingObligations().stream().filter(o -> o.getMeeting() == meeting).toList();
	}
}
