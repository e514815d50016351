package org.mea.jwp.reports;

/** A report could not be produced; the message says what and why, for the user. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}

	public ReportException(String message) {
		super(message);
	}
}
