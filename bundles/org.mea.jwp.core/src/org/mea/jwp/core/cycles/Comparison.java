package org.mea.jwp.core.cycles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.BaselineEntry;

/**
 * The differences between two records of a programme, activity by activity, matched by activity id.
 * Changed and removed activities come in the order of the earlier record, added ones after them in
 * the order of the later record.
 */
public final class Comparison {

	private final Baseline from;
	private final Baseline to;
	private final List<ActivityChange> changes;

	private Comparison(Baseline from, Baseline to, List<ActivityChange> changes) {
		this.from = from;
		this.to = to;
		this.changes = Collections.unmodifiableList(changes);
	}

	/**
	 * Compares {@code from} (the earlier record) with {@code to}. An entry without its activity id
	 * (a file edited by hand or damaged) is matched by its activity code instead.
	 */
	public static Comparison of(Baseline from, Baseline to) {
		Map<String, BaselineEntry> later = new LinkedHashMap<>();
		to.getEntries().forEach(entry -> later.put(key(entry), entry));
		List<ActivityChange> changes = new ArrayList<>();
		for (BaselineEntry before : from.getEntries()) {
			BaselineEntry after = later.remove(key(before));
			if (after == null) {
				after = hasId(before) ? later.remove(codeKey(before)) : removeByCode(later, before.getCode());
			}
			if (after == null) {
				changes.add(new ActivityChange(before, null, EnumSet.of(ChangeKind.REMOVED)));
				continue;
			}
			EnumSet<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
			if (before.getStatus() != after.getStatus()) {
				kinds.add(ChangeKind.STATUS);
			}
			if (before.getProgressCount() != after.getProgressCount()
					|| !Objects.equals(before.getProgressDate(), after.getProgressDate())
					|| !Objects.equals(before.getProgressNarrative(), after.getProgressNarrative())) {
				kinds.add(ChangeKind.PROGRESS);
			}
			if (!Objects.equals(before.getTimeframe(), after.getTimeframe())) {
				kinds.add(ChangeKind.TIMEFRAME);
			}
			if (before.getLead() != after.getLead()) {
				kinds.add(ChangeKind.LEAD);
			}
			if (!kinds.isEmpty()) {
				changes.add(new ActivityChange(before, after, kinds));
			}
		}
		later.values().forEach(after -> changes.add(new ActivityChange(null, after, EnumSet.of(ChangeKind.ADDED))));
		return new Comparison(from, to, changes);
	}

	private static boolean hasId(BaselineEntry entry) {
		return entry.getActivityId() != null && !entry.getActivityId().isBlank();
	}

	/** The activity id, or for an entry without one a key by code that no id can equal. */
	private static String key(BaselineEntry entry) {
		return hasId(entry) ? entry.getActivityId() : codeKey(entry);
	}

	private static String codeKey(BaselineEntry entry) {
		return "\u0000code " + entry.getCode(); //$NON-NLS-1$
	}

	/** Removes and returns the first entry of {@code entries} with {@code code}, if any. */
	private static BaselineEntry removeByCode(Map<String, BaselineEntry> entries, String code) {
		for (var it = entries.values().iterator(); it.hasNext();) {
			BaselineEntry entry = it.next();
			if (code != null && code.equals(entry.getCode())) {
				it.remove();
				return entry;
			}
		}
		return null;
	}

	/** The earlier record. */
	public Baseline from() {
		return from;
	}

	/** The later record. */
	public Baseline to() {
		return to;
	}

	/** The activities that differ. */
	public List<ActivityChange> changes() {
		return changes;
	}

	/** Whether nothing differs. */
	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/** The change of the activity with {@code activityId}, or {@code null} when it did not change. */
	public ActivityChange changeOf(String activityId) {
		if (activityId == null) {
			return null;
		}
		return changes.stream().filter(c -> activityId.equals(c.activityId())).findFirst().orElse(null);
	}

	/**
	 * Per theme (in order of {@link #themeKey}), how many activities changed in each way; an
	 * activity with two kinds of change counts under both.
	 */
	public Map<String, Map<ChangeKind, Integer>> countsByTheme() {
		Map<String, Map<ChangeKind, Integer>> counts = new TreeMap<>();
		for (ActivityChange change : changes) {
			Map<ChangeKind, Integer> theme = counts.computeIfAbsent(themeKey(change.theme()),
					t -> new java.util.EnumMap<>(ChangeKind.class));
			change.kinds().forEach(kind -> theme.merge(kind, 1, Integer::sum));
		}
		return counts;
	}

	/**
	 * The key of {@link #countsByTheme()} for a theme letter: the letter, or "?" for a theme
	 * without one (a programme being written may have such themes).
	 */
	public static String themeKey(String letter) {
		return letter == null ? "?" : letter; //$NON-NLS-1$
	}
}
