package org.mea.jwp.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.mea.jwp.team.ProgrammeMerger;

/**
 * After Git's line merge left conflicts: gives each conflicting programme file ({@code *.jwp}) to the
 * {@link ProgrammeMerger} with its base, ours and theirs versions taken from the commits, and writes
 * what the merger made into the working tree. Other files, and programmes the merger could not merge
 * cleanly, stay in conflict for the user.
 */
public final class ProgrammeConflicts {

	private static final String PROGRAMME_SUFFIX = ".jwp"; //$NON-NLS-1$

	private final Repository repository;
	private final ProgrammeMerger merger;

	public ProgrammeConflicts(Repository repository, ProgrammeMerger merger) {
		this.repository = repository;
		this.merger = merger;
	}

	/** Merges what it can; returns the paths still in conflict. */
	public List<String> resolve(MergeResult result) throws IOException {
		List<String> remaining = new ArrayList<>();
		AnyObjectId[] merged = result.getMergedCommits();
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit ours = walk.parseCommit(merged[0]);
			RevCommit theirs = walk.parseCommit(merged[1]);
			RevCommit base = result.getBase() == null ? null : walk.parseCommit(result.getBase());
			for (String path : result.getConflicts().keySet()) {
				if (merger == null || !path.endsWith(PROGRAMME_SUFFIX)) {
					remaining.add(path);
					continue;
				}
				ProgrammeMerger.Result merge = merger.merge(path, base == null ? null : read(base, path),
						read(ours, path), read(theirs, path));
				if (merge.merged() != null) {
					Files.write(repository.getWorkTree().toPath().resolve(path), merge.merged());
				}
				if (!merge.isClean()) {
					remaining.add(path);
				}
			}
		}
		return remaining;
	}

	/** The file at {@code path} in {@code commit}, or {@code null} when it has none. */
	private byte[] read(RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			return walk == null ? null : repository.open(walk.getObjectId(0)).getBytes();
		}
	}
}
