package org.mea.jwp.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Programme;

/**
 * The workbench preferences of JWP (Window > Preferences > JWP Workbench) and their defaults:
 * the reporting date that validation, overdue flags and reports measure against, the committee
 * reports go to by default, and the author named in reports. None names a programme, a date or a
 * Convention by default: left empty, each is the open programme's own (its period's last day, its
 * first Standing Committee, that committee's secretariat).
 */
public final class JwpPreferences extends AbstractPreferenceInitializer {

	/** Preference node. */
	public static final String NODE = "org.mea.jwp.ui"; //$NON-NLS-1$
	/** Reporting date, ISO-8601. */
	public static final String REPORTING_DATE = "reportingDate"; //$NON-NLS-1$
	/** Default committee: {@code CITES_SC}, {@code CMS_STC} or a body's id; empty: the programme's first Standing Committee. */
	public static final String DEFAULT_COMMITTEE = "defaultCommittee"; //$NON-NLS-1$
	/** Author or secretariat named in reports; empty: the committee's secretariat. */
	public static final String AUTHOR = "author"; //$NON-NLS-1$

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.put(REPORTING_DATE, ""); //$NON-NLS-1$
		defaults.put(DEFAULT_COMMITTEE, ""); //$NON-NLS-1$
		defaults.put(AUTHOR, ""); //$NON-NLS-1$
	}

	/**
	 * The reporting date in force for {@code programme}: the one set in the preferences, else the
	 * last day of the programme's period, else (no programme, or one without a period) today.
	 */
	public static LocalDate reportingDate(Programme programme) {
		LocalDate stored = storedReportingDate();
		if (stored != null) {
			return stored;
		}
		LocalDate end = programme == null ? null : Cycles.programmeEnd(programme);
		return end != null ? end : LocalDate.now();
	}

	/** The reporting date set in the preferences; null when none is (or what is stored is not a date). */
	public static LocalDate storedReportingDate() {
		String value = InstanceScope.INSTANCE.getNode(NODE).get(REPORTING_DATE,
				DefaultScope.INSTANCE.getNode(NODE).get(REPORTING_DATE, "")); //$NON-NLS-1$
		try {
			return value.isBlank() ? null : LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
