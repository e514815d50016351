package org.mea.jwp.ui;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the {@code org.mea.jwp.ui} package ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mea.jwp.ui.messages"; //$NON-NLS-1$

	public static String ProgrammeSaveable_embedded;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
