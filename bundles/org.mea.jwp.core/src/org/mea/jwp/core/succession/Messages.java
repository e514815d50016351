package org.mea.jwp.core.succession;

import org.eclipse.osgi.util.NLS;

/** The name of the command that carries a programme forward, as Edit > Undo shows it ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.succession.messages"; //$NON-NLS-1$

	public static String Continuation_carryForward;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
