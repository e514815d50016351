package org.mea.jwp.team;

import java.io.IOException;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * The three versions of a file that a merge left in conflict, as Git keeps them in its index
 * (stage 1 the common ancestor, 2 ours, 3 theirs): what the workbench merges again, element by
 * element, to show the conflicts of a {@code git pull} made on the command line.
 *
 * @param base the common ancestor, or {@code null} when both sides added the file
 */
public record ConflictVersions(byte[] base, byte[] ours, byte[] theirs) {

	/** The versions of {@code path} (relative, as Git names it) if it is in conflict, else {@code null}. */
	static ConflictVersions of(Repository repository, String path) throws IOException {
		DirCache index = repository.readDirCache();
		if (!index.hasUnmergedPaths()) {
			return null;
		}
		byte[][] stages = new byte[4][];
		try (ObjectReader reader = repository.newObjectReader()) {
			for (int i = index.findEntry(path); i >= 0 && i < index.getEntryCount(); i++) {
				DirCacheEntry entry = index.getEntry(i);
				if (!entry.getPathString().equals(path)) {
					break;
				}
				stages[entry.getStage()] = reader.open(entry.getObjectId()).getBytes();
			}
		}
		return stages[2] == null || stages[3] == null ? null : new ConflictVersions(stages[1], stages[2], stages[3]);
	}
}
