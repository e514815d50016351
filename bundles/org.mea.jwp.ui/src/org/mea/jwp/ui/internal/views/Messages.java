package org.mea.jwp.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the views ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.views.messages"; //$NON-NLS-1$

	public static String TranslationsView_language;
	public static String TranslationsView_columnElement;
	public static String TranslationsView_columnText;
	public static String TranslationsView_columnState;
	public static String TranslationsView_columnOriginal;
	public static String TranslationsView_columnVersion;
	public static String TranslationsView_stateMissing;
	public static String TranslationsView_stateOutdated;
	public static String TranslationsView_noProgramme;
	public static String TranslationsView_allTranslated;
	public static String TranslationsView_summary;
	public static String TranslationsView_export;
	public static String TranslationsView_exportTip;
	public static String TranslationsView_import;
	public static String TranslationsView_importTip;
	public static String TranslationsView_exportTitle;
	public static String TranslationsView_exported;
	public static String TranslationsView_exportFailedTitle;
	public static String TranslationsView_exportFailed;
	public static String TranslationsView_importTitle;
	public static String TranslationsView_importFailedTitle;
	public static String TranslationsView_importFailed;
	public static String TranslationsView_problemLine;
	public static String TranslationsView_moreProblems;
	public static String TranslationsView_nothingToTake;
	public static String TranslationsView_importProblemsTitle;
	public static String TranslationsView_importProblems;
	public static String TranslationsView_imported;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
