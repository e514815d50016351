package org.mea.jwp.team;

/**
 * What a push did. A {@link Status#REJECTED_NON_FAST_FORWARD} is not an error: someone pushed first,
 * and the caller pulls (merging their work) and pushes again, which {@link ProgrammeRepository#publish}
 * does.
 */
public record PushResult(Status status, String message) {

	/** Outcomes of a push. */
	public enum Status {
		PUSHED,
		/** The server already had these commits. */
		UP_TO_DATE,
		/** The server has commits this repository does not have: pull, then push again. */
		REJECTED_NON_FAST_FORWARD,
		/** Refused for another reason (permissions, a hook...): see the message. */
		REJECTED
	}
}
