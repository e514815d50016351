package org.mea.jwp.team.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.diff.DiffEntry;

/**
 * The versions of one file in the commits that changed it, newest first, following the file through
 * renames. Of commits in a row with the same content (a merge that took one side), only the oldest,
 * the one that brought the content, is kept: the others have nothing to show in a history.
 */
public final class ProgrammeVersions {

	/** The file as {@code commit} has it, at {@code path}, with content {@code blob}. */
	public record Version(RevCommit commit, String path, ObjectId blob) {
	}

	private ProgrammeVersions() {
	}

	/** The versions of {@code path} reachable from HEAD, newest first; empty when nothing was committed. */
	public static List<Version> of(Repository repository, String path, IProgressMonitor monitor) throws IOException {
		List<Version> versions = new ArrayList<>();
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return versions;
		}
		String[] renamedFrom = new String[1];
		FollowFilter follow = FollowFilter.create(path, repository.getConfig().get(DiffConfig.KEY));
		follow.setRenameCallback(new RenameCallback() {
			@Override
			public void renamed(DiffEntry entry) {
				renamedFrom[0] = entry.getOldPath();
			}
		});
		String current = path;
		try (RevWalk walk = new RevWalk(repository)) {
			walk.setTreeFilter(follow);
			walk.sort(RevSort.COMMIT_TIME_DESC);
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit; (commit = walk.next()) != null;) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				ObjectId blob = blob(repository, commit, current);
				if (blob != null) {
					int last = versions.size() - 1;
					if (last >= 0 && versions.get(last).blob().equals(blob)) {
						versions.set(last, new Version(commit, current, blob)); // the older commit brought this content
					} else {
						versions.add(new Version(commit, current, blob));
					}
				}
				if (renamedFrom[0] != null) { // this commit renamed the file: older ones have it under its old name
					current = renamedFrom[0];
					renamedFrom[0] = null;
				}
			}
		}
		return versions;
	}

	private static ObjectId blob(Repository repository, RevCommit commit, String path) throws IOException {
		try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
			return tree == null ? null : tree.getObjectId(0);
		}
	}
}
