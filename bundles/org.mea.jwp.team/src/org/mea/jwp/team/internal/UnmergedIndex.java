package org.mea.jwp.team.internal;

import java.io.IOException;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Marks a file as in conflict in Git's index, with its three versions as stages 1 (base), 2 (ours)
 * and 3 (theirs): what Git itself does when a merge driver reports conflicts. A programme that Git's
 * line merge combined cleanly but the model merge did not then stays unmerged for {@code git status}
 * and {@code git commit}, and the workbench finds its versions as after a conflicting line merge.
 */
final class UnmergedIndex {

	private UnmergedIndex() {
	}

	/** Replaces {@code path}'s entries by the three stages; {@code base} is {@code null} when both sides added the file. */
	static void mark(Repository repository, String path, FileMode mode, ObjectId base, ObjectId ours, ObjectId theirs)
			throws IOException {
		DirCache index = repository.lockDirCache();
		try {
			DirCacheBuilder builder = index.builder();
			for (int i = 0; i < index.getEntryCount(); i++) {
				DirCacheEntry entry = index.getEntry(i);
				if (!entry.getPathString().equals(path)) {
					builder.add(entry);
				}
			}
			if (base != null) {
				builder.add(stage(path, DirCacheEntry.STAGE_1, mode, base));
			}
			builder.add(stage(path, DirCacheEntry.STAGE_2, mode, ours));
			builder.add(stage(path, DirCacheEntry.STAGE_3, mode, theirs));
			builder.commit();
		} finally {
			index.unlock();
		}
	}

	private static DirCacheEntry stage(String path, int stage, FileMode mode, ObjectId blob) {
		DirCacheEntry entry = new DirCacheEntry(path, stage);
		entry.setFileMode(mode);
		entry.setObjectId(blob);
		return entry;
	}
}
