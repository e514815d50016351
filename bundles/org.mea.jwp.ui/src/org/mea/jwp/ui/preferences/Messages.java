package org.mea.jwp.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the JWP Workbench preference pages ({@code messages.properties}, with French and Spanish beside it). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.ui.preferences.messages"; //$NON-NLS-1$

	public static String DeadlinesPreferencePage_description;
	public static String DeadlinesPreferencePage_cites;
	public static String DeadlinesPreferencePage_cms;
	public static String DeadlinesPreferencePage_other;
	public static String DeadlinesPreferencePage_days;
	public static String DeadlinesPreferencePage_explanation;
	public static String DeadlinesPreferencePage_storeFailed;
	public static String JwpPreferencePage_description;
	public static String JwpPreferencePage_reportingDate;
	public static String JwpPreferencePage_notDate;
	public static String JwpPreferencePage_defaultCommittee;
	public static String JwpPreferencePage_firstStandingCommittee;
	public static String JwpPreferencePage_citesSC;
	public static String JwpPreferencePage_cmsStC;
	public static String JwpPreferencePage_author;
	public static String JwpPreferencePage_authorHint;
	public static String TeamPreferencePage_description;
	public static String TeamPreferencePage_authorName;
	public static String TeamPreferencePage_authorEmail;
	public static String TeamPreferencePage_notEmail;
	public static String ValidationRulesPreferencePage_description;
	public static String ValidationRulesPreferencePage_columnRule;
	public static String ValidationRulesPreferencePage_columnSeverity;
	public static String ValidationRulesPreferencePage_columnChecks;
	public static String ValidationRulesPreferencePage_columnId;
	public static String ValidationRulesPreferencePage_failedRules;
	public static String ValidationRulesPreferencePage_severityError;
	public static String ValidationRulesPreferencePage_severityWarning;
	public static String ValidationRulesPreferencePage_severityInfo;
	public static String ValidationRulesPreferencePage_storeFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
