package org.mea.jwp.model.edit.providers;

import org.eclipse.osgi.util.NLS;

/** Translatable labels of the hand-written item providers: folders, cycles, baselines ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.model.edit.providers.messages"; //$NON-NLS-1$

	public static String ProgrammeItemProviderSpec_species;
	public static String ProgrammeItemProviderSpec_organizations;
	public static String ProgrammeItemProviderSpec_instruments;
	public static String ProgrammeItemProviderSpec_bodies;
	public static String ProgrammeItemProviderSpec_meetings;
	public static String ProgrammeItemProviderSpec_decisions;
	public static String ProgrammeItemProviderSpec_notifications;
	public static String ProgrammeItemProviderSpec_reportingObligations;
	public static String ProgrammeItemProviderSpec_cycles;
	public static String ProgrammeItemProviderSpec_adoption;
	public static String ProgrammeItemProviderSpec_paragraphs;
	public static String ProgrammeItemProviderSpec_footnotes;
	public static String JwpItemProviderAdapterFactorySpec_activities;
	public static String FrozenBaselines_baseline;
	public static String FrozenBaselines_cycle;
	public static String FrozenBaselines_baselineRecorded;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
