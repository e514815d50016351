package org.mea.jwp.core.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the built-in validation rules: their names and findings ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.internal.validation.messages"; //$NON-NLS-1$

	public static String ConstraintRegistry_uniqueCodes;
	public static String ConstraintRegistry_lead;
	public static String ConstraintRegistry_timeframePeriod;
	public static String ConstraintRegistry_species;
	public static String ConstraintRegistry_progressPeriod;
	public static String ConstraintRegistry_overdue;
	public static String ConstraintRegistry_conventions;

	public static String ActivityLeadRequired_noLead;
	public static String ConventionsDiffer_names;
	public static String ConventionsDiffer_appendices;
	public static String ConventionsDiffer_notListed;
	public static String ConventionsDiffer_both;
	public static String OverdueActivity_overdue;
	public static String OverdueActivity_statusNotStarted;
	public static String OverdueActivity_statusInProgress;
	public static String OverdueActivity_statusOngoing;
	public static String OverdueActivity_statusCompleted;
	public static String OverdueActivity_statusDeferred;
	public static String OverdueActivity_statusCancelled;
	public static String OverdueActivity_statusAwaitingFunding;
	public static String ProgressWithinPeriod_noDate;
	public static String ProgressWithinPeriod_outside;
	public static String SpeciesThemeNeedsSpecies_noSpecies;
	public static String TimeframeWithinPeriod_outside;
	public static String TimeframeWithinPeriod_year;
	public static String TimeframeWithinPeriod_range;
	public static String TimeframeWithinPeriod_due;
	public static String UniqueActivityCodes_duplicate;
	public static String UniqueActivityCodes_theme;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
