package org.mea.jwp.core.translation;

import org.eclipse.osgi.util.NLS;

/** The names of the translation commands, as Edit > Undo shows them ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.translation.messages"; //$NON-NLS-1$

	public static String Translations_command;
	public static String Xliff_importCommand;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
