package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;

/**
 * A pull merges every programme changed on both sides by the model, also where Git's line merge
 * is clean: two new activities given one code in different groups stand far apart in the file, so
 * the line merge joins them silently; the model merge names the clash and nothing is committed.
 * Through a real {@code git daemon}, with the model merge the repository uses by default.
 */
class ModelMergeOnPullTest {

	@TempDir
	Path temp;

	private TwoSecretariats sides;

	@BeforeEach
	void share() throws Exception {
		sides = TwoSecretariats.in(temp);
	}

	@AfterEach
	void close() throws InterruptedException {
		sides.close();
	}

	/** Adds a new activity with {@code code} to the group of the activity {@code beside}. */
	private static void addActivity(Programme programme, String beside, String id, String code, String text) {
		Activity activity = JwpFactory.eINSTANCE.createActivity();
		activity.setId(id);
		activity.setCode(code);
		activity.setText(text);
		activity.setLead(LeadSecretariat.JOINT);
		((ActivityGroup) programme.findActivity(beside).eContainer()).getActivities().add(activity);
	}

	/**
	 * Both take B20, the next free code, for a new activity: Bonn under marine turtles (beside
	 * B13), Geneva under other species (beside B19).
	 */
	@Test
	void oneCodeForTwoNewActivitiesIsAConflictThoughTheLinesMerge() throws Exception {
		Programmes.edit(sides.bonnFile, p -> addActivity(p, "B13", "act-bonn-turtles", "B20", "Bonn's turtle survey")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		sides.bonn.commit("B20 turtle survey", Programmes.ANNA); //$NON-NLS-1$
		assertEquals(PushResult.Status.PUSHED, sides.bonn.push(null, null).status());
		Programmes.edit(sides.genevaFile,
				p -> addActivity(p, "B19", "act-geneva-sturgeons", "B20", "Geneva's sturgeon study")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String before = sides.geneva.commit("B20 sturgeon study", Programmes.BRUNO); //$NON-NLS-1$

		assertTrue(lineMergeIsClean(sides.geneva.repository()), "Git's line merge alone sees no conflict"); //$NON-NLS-1$
		PullResult result = sides.geneva.pull(Programmes.BRUNO, null, null);
		assertEquals(PullResult.Status.CONFLICTS, result.status());
		assertEquals(List.of(TwoSecretariats.FILE), result.conflicts());
		List<String> conflicts = result.conflictsIn(TwoSecretariats.FILE);
		assertEquals(1, conflicts.size(), String.valueOf(conflicts));
		assertEquals(
				"Activity B20 code: ours B20 for \"Geneva's sturgeon study\", theirs B20 for \"Bonn's turtle survey\"" //$NON-NLS-1$
						+ " (base (none)) [duplicate code]", //$NON-NLS-1$
				conflicts.get(0));
		assertEquals(before, sides.geneva.head(), "nothing committed"); //$NON-NLS-1$
		assertNotNull(sides.geneva.conflictVersions(sides.genevaFile), "the file is unmerged in the index"); //$NON-NLS-1$
		// the work tree holds the merged programme with both activities, for the person to decide
		Programme merged = org.mea.jwp.core.persistence.ProgrammeStore
				.programme(new org.mea.jwp.core.persistence.ProgrammeStore().load(sides.genevaFile));
		assertEquals(2, merged.activities().stream().filter(a -> "B20".equals(a.getCode())).count()); //$NON-NLS-1$
	}

	@Test
	void disjointEditsMergeAndCommit() throws Exception {
		Programmes.edit(sides.bonnFile, p -> p.findActivity("A1").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
		String bonnCommit = sides.bonn.commit("A1 completed", Programmes.ANNA); //$NON-NLS-1$
		assertEquals(PushResult.Status.PUSHED, sides.bonn.push(null, null).status());
		Programmes.edit(sides.genevaFile, p -> {
			p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS); //$NON-NLS-1$
			addActivity(p, "B19", "act-geneva-sturgeons", "B20", "Geneva's sturgeon study"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		});
		String genevaCommit = sides.geneva.commit("B6 in progress, B20", Programmes.BRUNO); //$NON-NLS-1$

		PullResult result = sides.geneva.pull(Programmes.BRUNO, null, null);
		assertEquals(PullResult.Status.MERGED, result.status(), String.valueOf(result));
		assertEquals(List.of(), result.conflicts());
		assertEquals(ActivityStatus.COMPLETED, Programmes.activity(sides.genevaFile, "A1").getStatus()); //$NON-NLS-1$
		assertEquals(ActivityStatus.IN_PROGRESS, Programmes.activity(sides.genevaFile, "B6").getStatus()); //$NON-NLS-1$
		assertEquals("B20", Programmes.activity(sides.genevaFile, "act-geneva-sturgeons").getCode()); //$NON-NLS-1$ //$NON-NLS-2$
		try (RevWalk walk = new RevWalk(sides.geneva.repository())) {
			RevCommit merge = walk.parseCommit(ObjectId.fromString(sides.geneva.head()));
			assertEquals(2, merge.getParentCount(), "a merge commit"); //$NON-NLS-1$
			assertEquals(genevaCommit, merge.getParent(0).getName());
			assertEquals(bonnCommit, merge.getParent(1).getName());
		}
		assertTrue(sides.geneva.repository().getRepositoryState().canCommit());
		try (Git git = Git.wrap(sides.geneva.repository())) {
			assertTrue(git.status().call().isClean(), "the merged file is committed"); //$NON-NLS-1$
		}
	}

	/** Fetches, and merges the server's branch into HEAD in memory with Git's line merge alone. */
	private static boolean lineMergeIsClean(Repository repository) throws Exception {
		try (Git git = Git.wrap(repository)) {
			git.fetch().call();
		}
		ObjectId upstream = repository
				.resolve(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + '/' + repository.getBranch());
		return MergeStrategy.RECURSIVE.newMerger(repository, true).merge(repository.resolve(Constants.HEAD), upstream);
	}
}
