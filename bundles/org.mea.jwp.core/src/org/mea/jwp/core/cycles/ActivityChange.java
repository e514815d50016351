package org.mea.jwp.core.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mea.jwp.model.BaselineEntry;

/**
 * How one activity differs between two records. {@code before} is {@code null} for an added
 * activity, {@code after} for a removed one.
 */
public record ActivityChange(BaselineEntry before, BaselineEntry after, Set<ChangeKind> kinds) {

	/** The activity's id. */
	public String activityId() {
		return current().getActivityId();
	}

	/** The activity's code, as it is in the later record when it is there. */
	public String code() {
		return current().getCode();
	}

	/** The letter of the activity's theme. */
	public String theme() {
		return current().getTheme();
	}

	/** The later record of the activity, or the earlier one when it was removed. */
	public BaselineEntry current() {
		return after != null ? after : before;
	}

	/** Whether it changed in this way. */
	public boolean has(ChangeKind kind) {
		return kinds.contains(kind);
	}

	/** New progress entries: the later count minus the earlier one (0 when added or removed). */
	public int newProgressEntries() {
		return before == null || after == null ? 0 : after.getProgressCount() - before.getProgressCount();
	}

	/**
	 * The changes in words, one per kind: "status: not started → in progress", "1 new progress
	 * entry", "timeframe: 2012 → 2012-2013", "lead: CITES → joint", "added", "removed".
	 */
	public List<String> describe() {
		List<String> parts = new ArrayList<>();
		for (ChangeKind kind : kinds) {
			parts.add(switch (kind) {
			case ADDED, REMOVED -> kind.label();
			case STATUS -> fromTo(kind, before.getStatus(), after.getStatus());
			case LEAD -> fromTo(kind, before.getLead(), after.getLead());
			case TIMEFRAME -> fromTo(kind, before.getTimeframe(), after.getTimeframe());
			case PROGRESS -> progress();
			});
		}
		return parts;
	}

	/** {@link #describe()} joined by "; ". */
	public String summary() {
		return String.join("; ", describe()); //$NON-NLS-1$
	}

	private String progress() {
		int added = newProgressEntries();
		if (added == 1) {
			return "1 new progress entry"; //$NON-NLS-1$
		}
		return added > 0 ? added + " new progress entries" //$NON-NLS-1$
				: -added + (added == -1 ? " progress entry removed" : " progress entries removed"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String fromTo(ChangeKind kind, Object from, Object to) {
		return kind.label() + ": " + text(from) + " \u2192 " + text(to); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String text(Object value) {
		String text = Objects.toString(value, ""); //$NON-NLS-1$
		return text.isBlank() ? "(none)" : text; //$NON-NLS-1$
	}
}
