package org.mea.jwp.team;

import java.util.List;

/**
 * What {@link ProgrammeRepository#publish} did: pushed at once, or, because the server had moved,
 * pulled (merging the others' work, programmes by the model), then pushed; or stopped where a person
 * has to decide.
 *
 * @param status the outcome
 * @param push the last push: what the server said
 * @param pulls the pulls made because the server had commits this repository lacked, in order;
 *            empty when the first push was accepted
 */
public record PublishResult(Status status, PushResult push, List<PullResult> pulls) {

	/** Outcomes of a publish. */
	public enum Status {
		/** The server has this repository's commits now, after they were merged with its own if {@link #pulls} is not empty. */
		PUBLISHED,
		/** The server already had every commit of this repository: nothing to publish (a pull may have brought its own). */
		UP_TO_DATE,
		/**
		 * Merging the server's commits left conflicts in the working tree ({@link #conflicts}): nothing
		 * was pushed. Resolve them, commit, and publish again.
		 */
		CONFLICTS,
		/**
		 * The server refused the push for a reason of its own (see {@link PushResult#message()}), or
		 * moved again after each of {@link ProgrammeRepository#PUBLISH_PULLS} pulls.
		 */
		REJECTED
	}

	public PublishResult {
		pulls = List.copyOf(pulls);
	}

	/** The last pull, or {@code null} when none was needed. */
	public PullResult lastPull() {
		return pulls.isEmpty() ? null : pulls.get(pulls.size() - 1);
	}

	/** The files the last pull left in conflict when publishing stopped at them; else none. */
	public List<String> conflicts() {
		return status == Status.CONFLICTS ? lastPull().conflicts() : List.of();
	}

	/** The conflicts the model merge named in {@code path}, one line each, when publishing stopped at them. */
	public List<String> conflictsIn(String path) {
		return status == Status.CONFLICTS ? lastPull().conflictsIn(path) : List.of();
	}

	/** Whether the server's commits were merged with this repository's (a merge commit was made). */
	public boolean merged() {
		return pulls.stream().anyMatch(pull -> pull.status() == PullResult.Status.MERGED);
	}
}
