package org.mea.jwp.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pull did, and when it could not finish the merge, the files that still conflict (paths as
 * Git names them) with, for each, the conflicts the model merge named, one line each ("Activity B6
 * status: ours completed, theirs on-going (base on-going) [concurrent change]"); a file that went to
 * no model merge (not a programme, deleted on one side, no merger set) has none.
 */
public record PullResult(Status status, List<String> conflicts, Map<String, List<String>> descriptions) {

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
		Map<String, List<String>> copy = new LinkedHashMap<>();
		descriptions.forEach((path, lines) -> copy.put(path, List.copyOf(lines)));
		descriptions = Collections.unmodifiableMap(copy);
	}

	/** A result without descriptions of the conflicts. */
	public PullResult(Status status, List<String> conflicts) {
		this(status, conflicts, Map.of());
	}

	/** The result of a merge that left {@code conflicts}: their paths in order, and what the model merge named for each. */
	static PullResult conflicts(Map<String, List<String>> conflicts) {
		return new PullResult(Status.CONFLICTS, new ArrayList<>(conflicts.keySet()), conflicts);
	}

	/** The model merge's conflicts in {@code path}, one line each; empty when it named none there. */
	public List<String> conflictsIn(String path) {
		return descriptions.getOrDefault(path, List.of());
	}
}
