package org.mea.jwp.reports;

import java.util.List;

/**
 * BIRT found errors in a report design while it ran: a column binding that reads a column the data
 * set does not have, a script that fails... The message is the first problem, naming the design
 * and the element, on one line; {@link #problems()} has them all.
 */
public class ReportDesignException extends ReportException {

	private static final long serialVersionUID = 1L;

	private final transient List<DesignProblem> problems;

	/**
	 * @param design the design's id (or name), for the message
	 * @param problems at least one
	 * @param cause BIRT's first error, with its stack trace, for the log
	 */
	public ReportDesignException(String design, List<DesignProblem> problems, Throwable cause) {
		super(message(design, problems), cause);
		this.problems = List.copyOf(problems);
	}

	/** What BIRT found, in its order, each once. */
	public List<DesignProblem> problems() {
		return problems;
	}

	private static String message(String design, List<DesignProblem> problems) {
		int more = problems.size() - 1;
		return "design " + design + ": " + problems.get(0) //$NON-NLS-1$ //$NON-NLS-2$
				+ (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
