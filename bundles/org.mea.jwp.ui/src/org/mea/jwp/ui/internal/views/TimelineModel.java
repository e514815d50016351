package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.BodyKind;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingObligation;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.TimeframeKind;
import org.mea.jwp.model.operations.MeetingOperations;
import org.mea.jwp.model.operations.Timeframes;

/**
 * What the Timeline view draws, computed from the programme without SWT (so it is tested on its
 * own): rows per theme and activity, each activity either a bar between two dates or an entry in
 * the lane for open-ended timeframes ("On-going", "Annual…", conditional, unspecified), and the
 * markers: Standing Committee and CoP meetings and reporting deadlines.
 */
final class TimelineModel {

	/** A row: a theme heading ({@code activity == null}) or an activity. */
	record Row(Theme theme, Activity activity, LocalDate start, LocalDate end, String lane) {

		boolean isHeading() {
			return activity == null;
		}

		/** Whether the activity is drawn as a bar (dated), rather than in the open-ended lane. */
		boolean isBar() {
			return start != null;
		}
	}

	/** A marker on the time axis. */
	record Marker(LocalDate date, String label, String description, boolean deadline) {
	}

	final int firstYear;
	final int lastYear;
	final List<Row> rows = new ArrayList<>();
	final List<Marker> markers = new ArrayList<>();

	TimelineModel(Programme programme) {
		firstYear = programme.getPeriodStart() > 0 ? programme.getPeriodStart() : 2012;
		lastYear = Math.max(firstYear, programme.getPeriodEnd() > 0 ? programme.getPeriodEnd() : firstYear + 2);
		for (Theme theme : programme.getThemes()) {
			rows.add(new Row(theme, null, null, null, null));
			for (Activity activity : theme.activities()) {
				rows.add(row(theme, activity));
			}
		}
		for (Meeting meeting : programme.getMeetings()) {
			BodyKind kind = meeting.getBody() == null ? null : meeting.getBody().getKind();
			LocalDate date = date(meeting);
			if ((kind == BodyKind.STANDING_COMMITTEE || kind == BodyKind.CONFERENCE_OF_PARTIES) && date != null
					&& inPeriod(date)) {
				String convention = meeting.getBody().getConvention() == null ? "" //$NON-NLS-1$
						: meeting.getBody().getConvention().getLiteral() + " "; //$NON-NLS-1$
				markers.add(new Marker(date, convention + MeetingOperations.symbol(meeting), meeting.getName()
						+ (meeting.getWhen() != null ? " (" + meeting.getWhen() + ")" : ""), false)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		for (ReportingObligation obligation : programme.getReportingObligations()) {
			if (obligation.getDueDate() != null && inPeriod(obligation.getDueDate())) {
				String description = obligation.getCommittee() == null ? String.valueOf(obligation.getDescription())
						: NLS.bind(Messages.TimelineModel_committeeReport, obligation.getCommittee().getName(),
								obligation.getDescription());
				markers.add(new Marker(obligation.getDueDate(), Messages.TimelineModel_due, description
						+ (obligation.getDueText() != null ? " \u2014 " + obligation.getDueText() : ""), true)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	LocalDate start() {
		return LocalDate.of(firstYear, 1, 1);
	}

	LocalDate end() {
		return LocalDate.of(lastYear, 12, 31);
	}

	boolean inPeriod(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	private static Row row(Theme theme, Activity activity) {
		Timeframe timeframe = activity.getTimeframe();
		TimeframeKind kind = timeframe == null ? TimeframeKind.UNSPECIFIED : timeframe.getKind();
		if ((kind == TimeframeKind.YEAR || kind == TimeframeKind.RANGE) && timeframe.getStartYear() > 0) {
			LocalDate end = timeframe.endDate() != null ? timeframe.endDate()
					: LocalDate.of(timeframe.getEndYear(), 12, 31);
			return new Row(theme, activity, LocalDate.of(timeframe.getStartYear(), 1, 1), end, null);
		}
		String lane = switch (kind) {
		case ONGOING -> Messages.TimelineModel_ongoing;
		case RECURRING -> timeframe.getRecurrence();
		case CONDITIONAL -> Messages.TimelineModel_conditional;
		default -> timeframe == null ? Messages.TimelineModel_noTimeframe : Timeframes.wording(timeframe);
		};
		return new Row(theme, activity, null, null,
				lane == null || lane.isBlank() ? Messages.TimelineModel_notSpecified : lane);
	}

	/**
	 * The day a meeting is drawn at: its start date, else the middle of the month its wording
	 * names in its year ("July" 2014), else none.
	 */
	static LocalDate date(Meeting meeting) {
		if (meeting.getStartDate() != null) {
			return meeting.getStartDate();
		}
		if (meeting.getYear() <= 0 || meeting.getWhen() == null) {
			return null;
		}
		String when = meeting.getWhen().strip();
		try {
			LocalDate parsed = Timeframes.parseDue(when.matches(".*\\d{4}.*") ? when : when + " " + meeting.getYear()); //$NON-NLS-1$ //$NON-NLS-2$
			boolean dayGiven = when.matches("\\d{1,2}\\s+\\p{Alpha}.*"); //$NON-NLS-1$
			return dayGiven ? parsed : parsed.withDayOfMonth(15);
		} catch (IllegalArgumentException noMonth) {
			return null;
		}
	}
}
