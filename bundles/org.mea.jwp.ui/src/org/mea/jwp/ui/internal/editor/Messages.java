package org.mea.jwp.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the programme editor ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.editor.messages"; //$NON-NLS-1$

	public static String TranslationFields_title;
	public static String TranslationFields_description;
	public static String TranslationFields_original;
	public static String TranslationFields_outdated;
	public static String TranslationFields_stillRight;
	public static String TranslationFields_stillRightTip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
