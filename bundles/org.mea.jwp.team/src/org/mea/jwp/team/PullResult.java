package org.mea.jwp.team;

import java.util.List;

/** What a pull did, and when it could not finish the merge, the files that still conflict. */
public record PullResult(Status status, List<String> conflicts) {

	/** Outcomes of a pull. */
	public enum Status {
		/** Nothing new on the server. */
		UP_TO_DATE,
		/** Only the server had new commits: the branch moved to them. */
		FAST_FORWARD,
		/** Both sides had commits: a merge commit joins them. */
		MERGED,
		/** The merge is left in the working tree with conflicts; nothing was committed. */
		CONFLICTS
	}

	public PullResult {
		conflicts = List.copyOf(conflicts);
	}
}
