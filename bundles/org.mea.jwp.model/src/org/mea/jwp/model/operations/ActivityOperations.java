package org.mea.jwp.model.operations;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Theme;

/** Operations of {@link Activity}. */
public final class ActivityOperations {

	private ActivityOperations() {
	}

	/**
	 * The progress entry with the latest date. Entries without a date count as older than any
	 * dated one; among equal dates the one added last wins, as it is the later correction.
	 */
	public static ProgressEntry latestProgress(Activity activity) {
		ProgressEntry latest = null;
		for (ProgressEntry entry : activity.getProgress()) {
			if (latest == null || !isBefore(entry.getDate(), latest.getDate())) {
				latest = entry;
			}
		}
		return latest;
	}

	private static boolean isBefore(LocalDate a, LocalDate b) {
		if (a == null) {
			return b != null;
		}
		return b != null && a.isBefore(b);
	}

	/**
	 * Overdue: the timeframe (or its explicit due date) ended before the reporting date, and the
	 * activity is neither completed nor cancelled. On-going, recurring, conditional and unspecified
	 * timeframes have no end, so they are never overdue.
	 */
	public static boolean isOverdue(Activity activity, LocalDate reportingDate) {
		if (reportingDate == null || activity.getTimeframe() == null) {
			return false;
		}
		ActivityStatus status = activity.getStatus();
		if (status == ActivityStatus.COMPLETED || status == ActivityStatus.CANCELLED) {
			return false;
		}
		LocalDate end = activity.getTimeframe().endDate();
		return end != null && end.isBefore(reportingDate);
	}

	/** The theme that contains the activity (through its group), or {@code null} when detached. */
	public static Theme theme(Activity activity) {
		for (EObject container = activity.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Theme theme) {
				return theme;
			}
		}
		return null;
	}
}
