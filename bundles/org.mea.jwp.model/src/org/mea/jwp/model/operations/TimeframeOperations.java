package org.mea.jwp.model.operations;

import java.time.LocalDate;

import org.mea.jwp.model.Timeframe;

/** Operations of {@link Timeframe}. */
public final class TimeframeOperations {

	private TimeframeOperations() {
	}

	/**
	 * The last day the timeframe covers: its explicit due date if set, else 31 December of the end
	 * year for years and ranges; {@code null} for open-ended forms.
	 */
	public static LocalDate endDate(Timeframe timeframe) {
		if (timeframe.getDueDate() != null) {
			return timeframe.getDueDate();
		}
		return switch (timeframe.getKind()) {
		case YEAR, RANGE -> timeframe.getEndYear() > 0 ? LocalDate.of(timeframe.getEndYear(), 12, 31) : null;
		default -> null;
		};
	}

	/** How the timeframe was understood, shown next to the wording in editors. */
	public static String describe(Timeframe timeframe) {
		String understood = switch (timeframe.getKind()) {
		case YEAR -> "the year " + timeframe.getStartYear(); //$NON-NLS-1$
		case RANGE -> "from " + timeframe.getStartYear() + " to " + timeframe.getEndYear(); //$NON-NLS-1$ //$NON-NLS-2$
		case ONGOING -> "on-going, no end date"; //$NON-NLS-1$
		case RECURRING -> "recurring: " + timeframe.getRecurrence(); //$NON-NLS-1$
		case CONDITIONAL -> "conditional: " + timeframe.getCondition(); //$NON-NLS-1$
		case UNSPECIFIED -> "not specified"; //$NON-NLS-1$
		};
		return timeframe.getDueDate() == null ? understood : understood + ", due " + timeframe.getDueDate(); //$NON-NLS-1$
	}
}
