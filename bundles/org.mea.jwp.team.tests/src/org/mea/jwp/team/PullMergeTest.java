package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;

/**
 * Pulls where both sides changed the same programme file (the server is a repository folder): the
 * file goes to the {@link ProgrammeMerger} whether Git's line merge conflicted or not; without a
 * merger, edits on different lines merge by lines and the same line changed twice is a conflict;
 * with conflicts, nothing is committed.
 */
class PullMergeTest {

	@TempDir
	Path temp;

	private ProgrammeRepository bonn;
	private ProgrammeRepository geneva;
	private Path bonnFile;
	private Path genevaFile;

	@BeforeEach
	void twoClones() throws Exception {
		Path origin = Files.createDirectories(temp.resolve("origin")); //$NON-NLS-1$
		try (ProgrammeRepository shared = ProgrammeRepository.share(Programmes.write(origin.resolve("jwp.jwp")))) { //$NON-NLS-1$
			shared.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
		}
		bonn = ProgrammeRepository.clone(origin.toString(), temp.resolve("bonn"), null, null); //$NON-NLS-1$
		geneva = ProgrammeRepository.clone(origin.toString(), temp.resolve("geneva"), null, null); //$NON-NLS-1$
		bonnFile = temp.resolve("bonn/jwp.jwp"); //$NON-NLS-1$
		genevaFile = temp.resolve("geneva/jwp.jwp"); //$NON-NLS-1$
	}

	@AfterEach
	void close() {
		bonn.close();
		geneva.close();
	}

	/** Bonn and Geneva each commit a status change; Geneva then pulls from Bonn's repository. */
	private void bothChange(String bonnActivity, ActivityStatus bonnStatus, String genevaActivity,
			ActivityStatus genevaStatus)
			throws Exception {
		Programmes.edit(bonnFile, p -> Programmes.activity(p, bonnActivity).setStatus(bonnStatus));
		bonn.commit("Bonn", Programmes.ANNA); //$NON-NLS-1$
		Programmes.edit(genevaFile, p -> Programmes.activity(p, genevaActivity).setStatus(genevaStatus));
		geneva.commit("Geneva", Programmes.BRUNO); //$NON-NLS-1$
		// Geneva's clone fetches from Bonn's repository: the same as Bonn having pushed first
		geneva.setOrigin(temp.resolve("bonn").toString()); //$NON-NLS-1$
	}

	/** Git's line merge alone (no merger) combines edits on different lines. */
	@Test
	void editsOnDifferentLinesMergeByLinesWithoutAMerger() throws Exception {
		bothChange("B6", ActivityStatus.COMPLETED, "A1", ActivityStatus.DEFERRED); //$NON-NLS-1$ //$NON-NLS-2$
		geneva.setMerger(null);
		assertEquals(PullResult.Status.MERGED, geneva.pull(Programmes.BRUNO, null, null).status());
		assertEquals(ActivityStatus.COMPLETED, Programmes.activity(genevaFile, "B6").getStatus()); //$NON-NLS-1$
		assertEquals(ActivityStatus.DEFERRED, Programmes.activity(genevaFile, "A1").getStatus()); //$NON-NLS-1$
	}

	/**
	 * A clean line merge is not the last word: the merger gets every programme changed on both
	 * sides, and what it makes is what is committed.
	 */
	@Test
	void editsOnDifferentLinesGoToTheMergerToo() throws Exception {
		bothChange("B6", ActivityStatus.COMPLETED, "A1", ActivityStatus.DEFERRED); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] ours = Files.readAllBytes(genevaFile);
		byte[] theirs = Files.readAllBytes(bonnFile);
		List<String> calls = new ArrayList<>();
		geneva.setMerger((path, base, mine, other) -> {
			calls.add(path);
			assertNotNull(base);
			assertArrayEquals(ours, mine);
			assertArrayEquals(theirs, other);
			return new ProgrammeMerger.Result(other, List.of()); // a stand-in: theirs wins
		});
		assertEquals(PullResult.Status.MERGED, geneva.pull(Programmes.BRUNO, null, null).status());
		assertEquals(List.of("jwp.jwp"), calls); //$NON-NLS-1$
		assertArrayEquals(theirs, Files.readAllBytes(genevaFile));
		assertTrue(geneva.repository().getRepositoryState().canCommit());
		byte[] committed = geneva.repository().open(geneva.repository().resolve("HEAD:jwp.jwp")).getBytes(); //$NON-NLS-1$
		assertArrayEquals(theirs, committed, "the merger's version is committed"); //$NON-NLS-1$
	}

	/**
	 * A merger's conflict in a file the line merge combined: nothing is committed, and the file is
	 * unmerged in Git's index with its three versions, as after a conflicting line merge.
	 */
	@Test
	void aConflictOfTheMergerAfterACleanLineMergeLeavesTheFileUnmerged() throws Exception {
		bothChange("B6", ActivityStatus.COMPLETED, "A1", ActivityStatus.DEFERRED); //$NON-NLS-1$ //$NON-NLS-2$
		geneva.setMerger((path, base, mine, other) -> new ProgrammeMerger.Result(mine, List.of("A model conflict"))); //$NON-NLS-1$
		String before = geneva.head();
		PullResult result = geneva.pull(Programmes.BRUNO, null, null);
		assertEquals(PullResult.Status.CONFLICTS, result.status());
		assertEquals(List.of("jwp.jwp"), result.conflicts()); //$NON-NLS-1$
		assertEquals(List.of("A model conflict"), result.conflictsIn("jwp.jwp")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(before, geneva.head());
		ConflictVersions versions = geneva.conflictVersions(genevaFile);
		assertNotNull(versions, "the index holds the three versions"); //$NON-NLS-1$
		assertEquals(ActivityStatus.DEFERRED, status(versions.ours(), "A1")); //$NON-NLS-1$
		assertEquals(ActivityStatus.COMPLETED, status(versions.theirs(), "B6")); //$NON-NLS-1$
		assertEquals(ActivityStatus.NOT_STARTED, status(versions.base(), "B6")); //$NON-NLS-1$
		assertTrue(geneva.repository().readDirCache().hasUnmergedPaths());
	}

	@Test
	void sameLineGoesToTheMerger() throws Exception {
		bothChange("B6", ActivityStatus.COMPLETED, "B6", ActivityStatus.DEFERRED); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] ours = Files.readAllBytes(genevaFile);
		byte[] theirs = Files.readAllBytes(bonnFile);
		List<String> calls = new ArrayList<>();
		geneva.setMerger((path, base, mine, other) -> {
			calls.add(path);
			assertNotNull(base);
			assertArrayEquals(ours, mine);
			assertArrayEquals(theirs, other);
			return new ProgrammeMerger.Result(other, List.of()); // a stand-in for the model merge: theirs wins
		});
		assertEquals(PullResult.Status.MERGED, geneva.pull(Programmes.BRUNO, null, null).status());
		assertEquals(List.of("jwp.jwp"), calls); //$NON-NLS-1$
		assertEquals(ActivityStatus.COMPLETED, Programmes.activity(genevaFile, "B6").getStatus()); //$NON-NLS-1$
		assertTrue(geneva.repository().getRepositoryState().canCommit());
	}

	@Test
	void sameLineWithoutMergerIsAConflict() throws Exception {
		bothChange("B6", ActivityStatus.COMPLETED, "B6", ActivityStatus.DEFERRED); //$NON-NLS-1$ //$NON-NLS-2$
		geneva.setMerger(null);
		String before = geneva.head();
		PullResult result = geneva.pull(Programmes.BRUNO, null, null);
		assertEquals(PullResult.Status.CONFLICTS, result.status());
		assertEquals(List.of("jwp.jwp"), result.conflicts()); //$NON-NLS-1$
		assertEquals(before, geneva.head()); // nothing committed

		// what the workbench merges again to show the conflicts: the three versions in Git's index
		ConflictVersions versions = geneva.conflictVersions(genevaFile);
		assertNotNull(versions);
		assertEquals(ActivityStatus.DEFERRED, status(versions.ours(), "B6")); //$NON-NLS-1$
		assertEquals(ActivityStatus.COMPLETED, status(versions.theirs(), "B6")); //$NON-NLS-1$
		assertEquals(ActivityStatus.NOT_STARTED, status(versions.base(), "B6")); //$NON-NLS-1$
		assertNull(bonn.conflictVersions(bonnFile), "no merge in progress"); //$NON-NLS-1$
	}

	private static ActivityStatus status(byte[] programme, String code) throws Exception {
		return Programmes.activity(
				ProgrammeStore.programme(new ProgrammeStore().load(new java.io.ByteArrayInputStream(programme),
						org.eclipse.emf.common.util.URI.createURI("version.jwp"), null)), //$NON-NLS-1$
				code).getStatus();
	}

	/**
	 * The model merge by default: Bonn's status and Geneva's lead of B6 stand on one line of the
	 * canonical file, which Git's line merge cannot combine; the model merge does.
	 */
	@Test
	void twoFeaturesOfOneElementMergeByTheModel() throws Exception {
		Programmes.edit(bonnFile, p -> Programmes.activity(p, "B6").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
		bonn.commit("Bonn", Programmes.ANNA); //$NON-NLS-1$
		Programmes.edit(genevaFile, p -> Programmes.activity(p, "B6").setLead(org.mea.jwp.model.LeadSecretariat.JOINT)); //$NON-NLS-1$
		geneva.commit("Geneva", Programmes.BRUNO); //$NON-NLS-1$
		geneva.setOrigin(temp.resolve("bonn").toString()); //$NON-NLS-1$
		assertEquals(PullResult.Status.MERGED, geneva.pull(Programmes.BRUNO, null, null).status());
		assertEquals(ActivityStatus.COMPLETED, Programmes.activity(genevaFile, "B6").getStatus()); //$NON-NLS-1$
		assertEquals(org.mea.jwp.model.LeadSecretariat.JOINT, Programmes.activity(genevaFile, "B6").getLead()); //$NON-NLS-1$
	}

	/** The same feature changed to different values: a conflict the model merge names, nothing committed. */
	@Test
	void theSameFeatureTwiceIsAConflictTheModelMergeNames() throws Exception {
		bothChange("B6", ActivityStatus.COMPLETED, "B6", ActivityStatus.DEFERRED); //$NON-NLS-1$ //$NON-NLS-2$
		String before = geneva.head();
		PullResult result = geneva.pull(Programmes.BRUNO, null, null);
		assertEquals(PullResult.Status.CONFLICTS, result.status());
		assertEquals(before, geneva.head());
	}
}
