package org.mea.jwp.team;

/**
 * A Git operation on a programme failed for a reason the user can act on (no repository there, the
 * server refused the login, nothing to commit...). The message is one line naming what is wrong, so
 * that the workbench and the command line can show it as it is.
 */
public class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	public TeamException(String message) {
		super(message);
	}

	public TeamException(String message, Throwable cause) {
		super(message, cause);
	}
}
