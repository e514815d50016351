package org.mea.jwp.core.exchange;

/**
 * A contributed importer or exporter failed (its class could not be created, or it threw): the
 * format is switched off for the session and the message names it and its plug-in. Not a problem
 * of the file being read or written; those are {@link java.io.IOException}s or import problems.
 */
public class DataFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public DataFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
