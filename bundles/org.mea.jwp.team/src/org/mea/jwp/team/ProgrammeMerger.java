package org.mea.jwp.team;

import java.util.List;

/**
 * The merge of one programme file that both sides changed, given the three versions as bytes. A
 * pull uses it for every {@code *.jwp} file changed on both sides, whether Git's line merge could
 * merge it or not; the model-aware merge of {@code org.mea.jwp.core} plugs in here, so that this
 * bundle does not need to know the model.
 */
@FunctionalInterface
public interface ProgrammeMerger {

	/**
	 * Merges {@code ours} and {@code theirs}, both descended from {@code base} ({@code null} when
	 * the file did not exist there), for the file at {@code path} (relative to the repository).
	 */
	Result merge(String path, byte[] base, byte[] ours, byte[] theirs);

	/** The merged file, and the conflicts left (none: the merge is complete). */
	record Result(byte[] merged, List<String> conflicts) {

		public Result {
			conflicts = List.copyOf(conflicts);
		}

		public boolean isClean() {
			return conflicts.isEmpty();
		}
	}
}
