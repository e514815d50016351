package org.mea.jwp.core.cycles;

import org.eclipse.osgi.util.NLS;

/** The names of the commands of reporting cycles, as Edit > Undo shows them ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.cycles.messages"; //$NON-NLS-1$

	public static String RecordBaselineCommand_label;
	public static String RecordBaselineCommand_description;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
