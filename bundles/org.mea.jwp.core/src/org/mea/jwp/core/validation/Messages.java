package org.mea.jwp.core.validation;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of validation: element labels and the failure of a rule ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.validation.messages"; //$NON-NLS-1$

	public static String JwpValidator_ruleFailed;
	public static String Labels_activityWithoutCode;
	public static String Labels_activityWithoutCodeText;
	public static String Labels_activity;
	public static String Labels_theme;
	public static String Labels_group;
	public static String Labels_taxon;
	public static String Labels_meeting;
	public static String Labels_organization;
	public static String Labels_progressEntry;
	public static String Labels_progressEntryOf;
	public static String Labels_undated;

	public static String Labels_programme;
	public static String Labels_cycle;
	public static String Labels_body;
	public static String Labels_subItem;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
