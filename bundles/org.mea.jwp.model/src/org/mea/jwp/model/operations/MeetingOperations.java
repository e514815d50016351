package org.mea.jwp.model.operations;

import org.mea.jwp.model.Body;
import org.mea.jwp.model.Meeting;

/** Operations of {@link Meeting}. */
public final class MeetingOperations {

	private MeetingOperations() {
	}

	/**
	 * The short symbol used in document symbols and meeting lists: the body's abbreviation and the
	 * meeting number ("SC62", "StC38", "CoP16"); the abbreviation and year for unnumbered meetings;
	 * the name when the body is unknown.
	 */
	public static String symbol(Meeting meeting) {
		Body body = meeting.getBody();
		String abbreviation = body == null ? null : body.getAbbreviation();
		if (abbreviation == null || abbreviation.isBlank()) {
			return meeting.getName();
		}
		if (meeting.getNumber() > 0) {
			return abbreviation + meeting.getNumber();
		}
		return meeting.getYear() > 0 ? abbreviation + " " + meeting.getYear() : abbreviation; //$NON-NLS-1$
	}
}
