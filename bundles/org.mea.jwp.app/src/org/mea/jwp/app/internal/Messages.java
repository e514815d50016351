package org.mea.jwp.app.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the application bundle ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.app.internal.messages"; //$NON-NLS-1$

	public static String window_title;
	public static String menu_file;
	public static String menu_edit;
	public static String menu_window;
	public static String menu_window_showView;
	public static String menu_help;
	public static String job_loadDefault;
	public static String job_loadDefault_failed;

	public static String LanguagePreferencePage_description;
	public static String LanguagePreferencePage_language;
	public static String LanguagePreferencePage_system;
	public static String LanguagePreferencePage_nextStart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
