package org.mea.jwp.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.mea.jwp.team.ProgrammeMerger;

/**
 * After Git's line merge (clean or not): gives every programme file ({@code *.jwp}) that both sides
 * changed to the {@link ProgrammeMerger}, with its base, ours and theirs versions taken from the
 * commits, and writes what the merger made into the working tree. A clean line merge is not enough:
 * it can join two new activities with one code, or two baselines of one cycle, without a conflict
 * that only the model sees. This is what Git does with {@code jwp merge-driver}, which it calls for
 * every file changed on both sides. Programmes the merger could not merge cleanly are marked as in
 * conflict in the index; other files Git's line merge left in conflict stay so.
 */
public final class ProgrammeConflicts {

	private static final String PROGRAMME_SUFFIX = ".jwp"; //$NON-NLS-1$

	/**
	 * What the model merge did: the programmes it merged cleanly (to be added to the index), and the
	 * files still in conflict, by path, with the model merge's conflicts for each (none for files it
	 * did not merge).
	 */
	public record Outcome(List<String> merged, Map<String, List<String>> conflicts) {
	}

	/** One programme file changed on both sides: its blob in each version. */
	private record Changed(String path, FileMode mode, ObjectId base, ObjectId ours, ObjectId theirs) {
	}

	private final Repository repository;
	private final ProgrammeMerger merger;

	public ProgrammeConflicts(Repository repository, ProgrammeMerger merger) {
		this.repository = repository;
		this.merger = merger;
	}

	/** Merges every programme changed on both sides of {@code result}, a merge not yet committed. */
	public Outcome merge(MergeResult result) throws IOException {
		List<String> merged = new ArrayList<>();
		Map<String, List<String>> conflicts = new TreeMap<>();
		Map<String, int[][]> lineConflicts = result.getConflicts() == null ? Map.of() : result.getConflicts();
		for (Changed changed : changedOnBothSides(result)) {
			ProgrammeMerger.Result merge = merger.merge(changed.path(), read(changed.base()), read(changed.ours()),
					read(changed.theirs()));
			if (merge.merged() != null) {
				Files.write(repository.getWorkTree().toPath().resolve(changed.path()), merge.merged());
			}
			if (merge.isClean()) {
				merged.add(changed.path());
				continue;
			}
			conflicts.put(changed.path(), merge.conflicts());
			if (!lineConflicts.containsKey(changed.path())) { // the line merge staged it as merged: it is not
				UnmergedIndex.mark(repository, changed.path(), changed.mode(), changed.base(), changed.ours(),
						changed.theirs());
			}
		}
		for (String path : lineConflicts.keySet()) {
			if (!merged.contains(path)) {
				conflicts.putIfAbsent(path, List.of());
			}
		}
		return new Outcome(Collections.unmodifiableList(merged), Collections.unmodifiableMap(conflicts));
	}

	/**
	 * The programme files whose content differs between base and ours and between base and theirs,
	 * and not between ours and theirs (the same change twice needs no merge). A file deleted on one
	 * side is left to Git, which reports it as a conflict when the other side changed it.
	 */
	private List<Changed> changedOnBothSides(MergeResult result) throws IOException {
		List<Changed> changed = new ArrayList<>();
		AnyObjectId[] commits = result.getMergedCommits();
		try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
			RevCommit ours = walk.parseCommit(commits[0]);
			RevCommit theirs = walk.parseCommit(commits[1]);
			RevCommit base = base(walk, result.getBase(), ours, theirs);
			if (base == null) {
				tree.addTree(new EmptyTreeIterator());
			} else {
				tree.addTree(base.getTree());
			}
			tree.addTree(ours.getTree());
			tree.addTree(theirs.getTree());
			tree.setRecursive(true);
			tree.setFilter(PathSuffixFilter.create(PROGRAMME_SUFFIX));
			while (tree.next()) {
				if (!isFile(tree.getFileMode(1)) || !isFile(tree.getFileMode(2))
						|| tree.idEqual(0, 1) || tree.idEqual(0, 2) || tree.idEqual(1, 2)) {
					continue;
				}
				ObjectId baseBlob = tree.getFileMode(0) == FileMode.MISSING ? null : tree.getObjectId(0);
				changed.add(new Changed(tree.getPathString(), tree.getFileMode(1), baseBlob, tree.getObjectId(1),
						tree.getObjectId(2)));
			}
		}
		return changed;
	}

	/**
	 * The common ancestor: the one JGit's merge names, if it names one that is in the repository
	 * (after a clean merge it names none; after a criss-cross merge it may name a virtual commit it
	 * did not keep), else the first merge base of the two sides, or {@code null} when they share no
	 * history.
	 */
	private RevCommit base(RevWalk walk, ObjectId used, RevCommit ours, RevCommit theirs) throws IOException {
		if (used != null) {
			try {
				return walk.parseCommit(used);
			} catch (MissingObjectException virtual) {
				// fall through to a real merge base
			}
		}
		try (RevWalk bases = new RevWalk(repository)) {
			bases.setRevFilter(RevFilter.MERGE_BASE);
			bases.markStart(bases.parseCommit(ours));
			bases.markStart(bases.parseCommit(theirs));
			RevCommit base = bases.next();
			return base == null ? null : walk.parseCommit(base);
		}
	}

	private static boolean isFile(FileMode mode) {
		return (mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE; // regular or executable, not a link
	}

	private byte[] read(ObjectId blob) throws IOException {
		return blob == null ? null : repository.open(blob).getBytes();
	}
}
