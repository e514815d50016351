package org.mea.jwp.reports;

/**
 * A report could not be produced or checked for a reason of the report engine's, not of the
 * programme's: the engine does not start, a temporary file cannot be written. Commands tell it
 * apart from a programme that lacks what the report needs.
 */
public class ReportEngineException extends ReportException {

	private static final long serialVersionUID = 1L;

	public ReportEngineException(String message, Throwable cause) {
		super(message, cause);
	}
}
