package org.mea.jwp.reports;

/**
 * A problem BIRT found in a report design, for one line of text: the element it is in, as people
 * find it in the design ({@code table "Deadlines" (id 40, line 36)}), and BIRT's reason.
 *
 * @param element the element, or {@code null} when BIRT names none (the design as a whole)
 * @param reason BIRT's message, on one line
 */
public record DesignProblem(String element, String reason) {

	@Override
	public String toString() {
		return element == null ? reason : element + ": " + reason; //$NON-NLS-1$
	}
}
