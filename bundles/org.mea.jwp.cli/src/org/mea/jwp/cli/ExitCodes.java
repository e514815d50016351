package org.mea.jwp.cli;

/**
 * The exit codes every {@code jwp} command gives the same meaning, defined once. The codes a single
 * command gives its own meaning (1 and 4: "nothing changed", "conflicts remain", "the report
 * failed"...) are declared next to that command; the numbers stay those the commands have always
 * given, since scripts and Git (for {@code merge-driver}) rely on them.
 */
public final class ExitCodes {

	/** Done. */
	public static final int OK = 0;
	/** Wrong arguments: the command said which, and printed its usage. */
	public static final int USAGE = 2;
	/** The programme (or another input model) is missing or invalid. */
	public static final int BAD_MODEL = 3;
	/** The output cannot be written, or was changed by another program since it was read. */
	public static final int CANNOT_WRITE = 5;
	/** An unexpected failure (sysexits' EX_SOFTWARE): one line on stderr, the details in the log. */
	public static final int INTERNAL_ERROR = 70;

	/** What every usage text says about {@link #INTERNAL_ERROR}, at its end. */
	static final String INTERNAL_ERROR_TEXT = "70 unexpected failure (one line here, the details in the log).\n"; //$NON-NLS-1$

	private ExitCodes() {
	}
}
