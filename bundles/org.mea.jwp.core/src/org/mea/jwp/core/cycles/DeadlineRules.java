package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.Meeting;
import org.osgi.service.prefs.BackingStoreException;

/**
 * How many days before the first day of a committee's meeting the secretariat's documents for it
 * are due, per convention of the committee. The values live in the instance preferences of
 * {@code org.mea.jwp.core} (Window > Preferences > JWP Workbench > Reporting Deadlines), so that the
 * workbench and the command line of one installation agree; outside OSGi the defaults apply.
 * Immutable: {@link #with} makes a changed copy.
 */
public final class DeadlineRules {

	/** Preference key prefix; the convention's name follows ({@code deadline.daysBefore.CITES}). */
	public static final String KEY_PREFIX = "deadline.daysBefore."; //$NON-NLS-1$
	/** Default for the CITES Standing Committee. */
	public static final int DEFAULT_CITES = 60;
	/** Default for the CMS Standing Committee. */
	public static final int DEFAULT_CMS = 45;
	/** Default for committees of other conventions. */
	public static final int DEFAULT_OTHER = 60;

	private final Map<Convention, Integer> days;

	private DeadlineRules(Map<Convention, Integer> days) {
		this.days = days;
	}

	/** The rules as shipped. */
	public static DeadlineRules defaults() {
		Map<Convention, Integer> days = new EnumMap<>(Convention.class);
		for (Convention convention : Convention.values()) {
			days.put(convention, defaultFor(convention));
		}
		return new DeadlineRules(days);
	}

	/** The default number of days for committees of {@code convention}. */
	public static int defaultFor(Convention convention) {
		return switch (convention) {
		case CITES -> DEFAULT_CITES;
		case CMS -> DEFAULT_CMS;
		default -> DEFAULT_OTHER;
		};
	}

	/** The rules the user has set, the defaults where none is set. */
	public static DeadlineRules fromPreferences() {
		DeadlineRules rules = defaults();
		if (!Platform.isRunning()) {
			return rules;
		}
		IEclipsePreferences node = node();
		for (Convention convention : Convention.values()) {
			int value = node.getInt(KEY_PREFIX + convention.name(), -1);
			if (value >= 0) {
				rules = rules.with(convention, value);
			}
		}
		return rules;
	}

	/** Stores these rules as the user's, leaving out the values equal to the defaults. */
	public void store() throws BackingStoreException {
		IEclipsePreferences node = node();
		days.forEach((convention, value) -> {
			if (value == defaultFor(convention)) {
				node.remove(KEY_PREFIX + convention.name());
			} else {
				node.putInt(KEY_PREFIX + convention.name(), value);
			}
		});
		node.flush();
	}

	/** The preference node, for listening to changes. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode("org.mea.jwp.core"); //$NON-NLS-1$
	}

	/** A copy with {@code daysBefore} for committees of {@code convention}. */
	public DeadlineRules with(Convention convention, int daysBefore) {
		if (daysBefore < 0 || daysBefore > 365) {
			throw new IllegalArgumentException("Days before a meeting must be between 0 and 365, not " + daysBefore); //$NON-NLS-1$
		}
		Map<Convention, Integer> copy = new EnumMap<>(days);
		copy.put(convention, daysBefore);
		return new DeadlineRules(copy);
	}

	/** Days before the meeting for committees of {@code convention}. */
	public int daysBefore(Convention convention) {
		return days.get(convention == null ? Convention.NONE : convention);
	}

	/** Days before the meeting for {@code committee}. */
	public int daysBefore(Body committee) {
		return daysBefore(committee == null ? Convention.NONE : committee.getConvention());
	}

	/**
	 * The date documents for {@code meeting} of {@code committee} are due, or {@code null} when the
	 * meeting has no start date.
	 */
	public LocalDate dueDate(Body committee, Meeting meeting) {
		if (meeting == null || meeting.getStartDate() == null) {
			return null;
		}
		Body body = committee != null ? committee : meeting.getBody();
		return meeting.getStartDate().minusDays(daysBefore(body));
	}
}
