package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.ActivityStatus;

/**
 * Publish through a real {@code git daemon}: a push that the server refuses because Bonn pushed
 * first becomes pull (model merge), push; a third secretariat's fresh clone then has both changes
 * and the merge commit. Where the merge leaves conflicts, nothing is pushed.
 */
class PublishTest {

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

	@Test
	void rejectedPublishPullsMergesAndPushesWithoutLosingWork() throws Exception {
		Programmes.edit(sides.bonnFile, p -> p.findActivity("A1").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
		String bonnCommit = sides.bonn.commit("A1 completed", Programmes.ANNA); //$NON-NLS-1$
		assertEquals(PushResult.Status.PUSHED, sides.bonn.push(null, null).status());
		Programmes.edit(sides.genevaFile, p -> p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS)); //$NON-NLS-1$
		String genevaCommit = sides.geneva.commit("B6 in progress", Programmes.BRUNO); //$NON-NLS-1$

		PublishResult result = sides.geneva.publish(Programmes.BRUNO, CredentialsProvider.NONE,
				new NullProgressMonitor());
		assertEquals(PublishResult.Status.PUBLISHED, result.status(), String.valueOf(result));
		assertEquals(1, result.pulls().size(), "the first push was rejected, then one pull"); //$NON-NLS-1$
		assertEquals(PullResult.Status.MERGED, result.lastPull().status());
		assertTrue(result.merged());
		assertEquals(PushResult.Status.PUSHED, result.push().status());
		assertEquals(List.of(), result.conflicts());
		assertEquals(sides.geneva.head(), sides.serverHead());

		try (ProgrammeRepository lausanne = sides.freshClone("lausanne")) { //$NON-NLS-1$
			Path file = lausanne.workTree().resolve(TwoSecretariats.FILE);
			assertEquals(ActivityStatus.COMPLETED, Programmes.activity(file, "A1").getStatus(), "Bonn's change"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(ActivityStatus.IN_PROGRESS, Programmes.activity(file, "B6").getStatus(), "Geneva's change"); //$NON-NLS-1$ //$NON-NLS-2$
			try (RevWalk walk = new RevWalk(lausanne.repository())) {
				RevCommit merge = walk.parseCommit(ObjectId.fromString(lausanne.head()));
				assertEquals(2, merge.getParentCount(), "the merge commit is in the history"); //$NON-NLS-1$
				assertEquals(List.of(genevaCommit, bonnCommit),
						List.of(merge.getParent(0).getName(), merge.getParent(1).getName()));
				assertEquals(Programmes.BRUNO.name(), merge.getAuthorIdent().getName());
			}
		}
	}

	@Test
	void publishStopsAtConflictsAndPushesNothing() throws Exception {
		Programmes.edit(sides.bonnFile, p -> p.findActivity("B6").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
		sides.bonn.commit("B6 completed", Programmes.ANNA); //$NON-NLS-1$
		assertEquals(PushResult.Status.PUSHED, sides.bonn.push(null, null).status());
		String server = sides.serverHead();
		Programmes.edit(sides.genevaFile, p -> p.findActivity("B6").setStatus(ActivityStatus.DEFERRED)); //$NON-NLS-1$
		String genevaCommit = sides.geneva.commit("B6 deferred", Programmes.BRUNO); //$NON-NLS-1$

		PublishResult result = sides.geneva.publish(Programmes.BRUNO, null, null);
		assertEquals(PublishResult.Status.CONFLICTS, result.status(), String.valueOf(result));
		assertEquals(PushResult.Status.REJECTED_NON_FAST_FORWARD, result.push().status());
		assertEquals(List.of(TwoSecretariats.FILE), result.conflicts());
		List<String> named = result.conflictsIn(TwoSecretariats.FILE);
		assertEquals(1, named.size(), String.valueOf(named));
		assertTrue(named.get(0).startsWith("Activity B6 status: ours deferred, theirs completed"), named.get(0)); //$NON-NLS-1$
		assertFalse(result.merged());
		assertEquals(server, sides.serverHead(), "nothing pushed"); //$NON-NLS-1$
		assertEquals(genevaCommit, sides.geneva.head(), "nothing committed"); //$NON-NLS-1$
	}

	@Test
	void publishPushesAtOnceWhenTheServerDidNotMove() throws Exception {
		Programmes.edit(sides.genevaFile, p -> p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS)); //$NON-NLS-1$
		sides.geneva.commit("B6 in progress", Programmes.BRUNO); //$NON-NLS-1$
		PublishResult result = sides.geneva.publish(Programmes.BRUNO, null, null);
		assertEquals(PublishResult.Status.PUBLISHED, result.status());
		assertEquals(List.of(), result.pulls());
		assertEquals(sides.geneva.head(), sides.serverHead());
		assertEquals(PublishResult.Status.UP_TO_DATE, sides.geneva.publish(Programmes.BRUNO, null, null).status());
	}

	@Test
	void cancelledPublishStopsBeforeTheServerChanges() throws Exception {
		Programmes.edit(sides.genevaFile, p -> p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS)); //$NON-NLS-1$
		sides.geneva.commit("B6 in progress", Programmes.BRUNO); //$NON-NLS-1$
		String server = sides.serverHead();
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> sides.geneva.publish(Programmes.BRUNO, null, cancelled));
		assertEquals(server, sides.serverHead());
	}
}
