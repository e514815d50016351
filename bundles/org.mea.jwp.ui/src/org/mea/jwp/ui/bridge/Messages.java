package org.mea.jwp.ui.bridge;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the item provider bridge ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mea.jwp.ui.bridge.messages"; //$NON-NLS-1$

	public static String DataTypeCellEditor_invalidDate;
	public static String DataTypeCellEditor_invalidWholeNumber;
	public static String DataTypeCellEditor_invalidValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
