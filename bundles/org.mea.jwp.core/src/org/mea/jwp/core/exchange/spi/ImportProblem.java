package org.mea.jwp.core.exchange.spi;

import java.util.Locale;

/**
 * Something wrong with an imported file.
 *
 * @param line the line of the file (1 is the first line, the header of a CSV file); 0 when the
 *        problem concerns the whole file
 * @param severity how it affects the import
 * @param message what is wrong and where, e.g. {@code column "CITES Appendix": "IV" is not an appendix}
 */
public record ImportProblem(int line, Severity severity, String message) {

	/** How a problem affects the import. */
	public enum Severity {
		/** Nothing can be imported from the file (e.g. a required column is missing). */
		CRITICAL,
		/** The row is skipped; the other rows can still be imported. */
		ERROR,
		/** The row is imported, but something in it was ignored or looks wrong. */
		WARNING
	}

	@Override
	public String toString() {
		return (line > 0 ? "line " + line + ": " : "") + severity.name().toLowerCase(Locale.ROOT) + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
