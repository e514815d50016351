package org.mea.jwp.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The workbench preferences of JWP (Window > Preferences > JWP Workbench) and their defaults:
 * the reporting date that validation, overdue flags and reports measure against, the committee
 * reports go to by default, and the author named in reports.
 */
public final class JwpPreferences extends AbstractPreferenceInitializer {

	/** Preference node. */
	public static final String NODE = "org.mea.jwp.ui"; //$NON-NLS-1$
	/** Reporting date, ISO-8601. */
	public static final String REPORTING_DATE = "reportingDate"; //$NON-NLS-1$
	/** Default committee: {@code CITES_SC} or {@code CMS_STC}. */
	public static final String DEFAULT_COMMITTEE = "defaultCommittee"; //$NON-NLS-1$
	/** Author or secretariat named in reports. */
	public static final String AUTHOR = "author"; //$NON-NLS-1$

	/** B1 asks for progress reports "by December 2014": the end of the programme period. */
	public static final String DEFAULT_REPORTING_DATE = "2014-12-31"; //$NON-NLS-1$

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.put(REPORTING_DATE, DEFAULT_REPORTING_DATE);
		defaults.put(DEFAULT_COMMITTEE, "CITES_SC"); //$NON-NLS-1$
		defaults.put(AUTHOR, "CITES Secretariat"); //$NON-NLS-1$
	}

	/** The reporting date in force (the default when the stored value is not a date). */
	public static LocalDate reportingDate() {
		String value = InstanceScope.INSTANCE.getNode(NODE).get(REPORTING_DATE,
				DefaultScope.INSTANCE.getNode(NODE).get(REPORTING_DATE, DEFAULT_REPORTING_DATE));
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			return LocalDate.parse(DEFAULT_REPORTING_DATE);
		}
	}
}
