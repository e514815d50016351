package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.testing.GitDaemon;

/**
 * Two secretariats share one programme through a repository served by a real {@code git daemon} on
 * localhost: both commit, the second push is rejected as non-fast-forward, a pull merges and the push
 * then succeeds, and neither side's work is lost. The edits are in different files, since the
 * model-aware merge of one file is not this bundle's.
 */
class ProgrammeRepositoryTest {

	@TempDir
	Path temp;

	@Test
	void rejectedPushPullsMergesAndPushesWithoutLosingWork() throws Exception {
		Path bonnFolder = Files.createDirectories(temp.resolve("bonn")); //$NON-NLS-1$
		Programmes.write(bonnFolder.resolve("cms.jwp")); //$NON-NLS-1$
		Programmes.write(bonnFolder.resolve("cites.jwp")); //$NON-NLS-1$
		try (ProgrammeRepository bonn = ProgrammeRepository.share(bonnFolder.resolve("cms.jwp")); //$NON-NLS-1$
				GitDaemon server = GitDaemon.serve(Files.createDirectories(temp.resolve("server")), "jwp.git", //$NON-NLS-1$ //$NON-NLS-2$
						bonn.repository().getBranch())) {
			System.out.println("ProgrammeRepositoryTest: served by " //$NON-NLS-1$
					+ (server.isDaemon() ? "git daemon at " : "no daemon, the bare repository by path ") //$NON-NLS-1$//$NON-NLS-2$
					+ server.url("jwp.git")); //$NON-NLS-1$
			String url = server.url("jwp.git"); //$NON-NLS-1$
			bonn.add(bonnFolder.resolve("cites.jwp")); //$NON-NLS-1$
			bonn.commit("Both programmes", Programmes.ANNA); //$NON-NLS-1$
			bonn.setOrigin(url);
			assertEquals(PushResult.Status.PUSHED,
					bonn.push(CredentialsProvider.NONE, new NullProgressMonitor()).status());

			Path genevaFolder = temp.resolve("geneva"); //$NON-NLS-1$
			try (ProgrammeRepository geneva = ProgrammeRepository.clone(url, genevaFolder, null,
					new NullProgressMonitor())) {
				Programmes.edit(bonnFolder.resolve("cms.jwp"), //$NON-NLS-1$
						p -> Programmes.activity(p, "B6").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
				bonn.commit("SC65 update", Programmes.ANNA); //$NON-NLS-1$
				assertEquals(PushResult.Status.PUSHED, bonn.push(null, null).status());

				Programmes.edit(genevaFolder.resolve("cites.jwp"), //$NON-NLS-1$
						p -> Programmes.activity(p, "A1").setStatus(ActivityStatus.DEFERRED)); //$NON-NLS-1$
				geneva.commit("SC66 update", Programmes.BRUNO); //$NON-NLS-1$
				PushResult rejected = geneva.push(null, null);
				assertEquals(PushResult.Status.REJECTED_NON_FAST_FORWARD, rejected.status(), rejected.message());

				assertEquals(PullResult.Status.MERGED, geneva.pull(Programmes.BRUNO, null, null).status());
				assertEquals(PushResult.Status.PUSHED, geneva.push(null, null).status());
				assertEquals(ActivityStatus.COMPLETED,
						Programmes.activity(genevaFolder.resolve("cms.jwp"), "B6").getStatus()); //$NON-NLS-1$ //$NON-NLS-2$

				assertEquals(PullResult.Status.FAST_FORWARD, bonn.pull(Programmes.ANNA, null, null).status());
				assertEquals(ActivityStatus.DEFERRED,
						Programmes.activity(bonnFolder.resolve("cites.jwp"), "A1").getStatus()); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(ActivityStatus.COMPLETED,
						Programmes.activity(bonnFolder.resolve("cms.jwp"), "B6").getStatus()); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(geneva.head(), bonn.head());
				assertEquals(PullResult.Status.UP_TO_DATE, bonn.pull(Programmes.ANNA, null, null).status());
				assertEquals(PushResult.Status.UP_TO_DATE, bonn.push(null, null).status());
			}
		}
	}

	@Test
	void shareCreatesRepositoryWithMergeAttributeAndCommits() throws Exception {
		Path file = Programmes.write(Files.createDirectories(temp.resolve("jwp")).resolve("programme.jwp")); //$NON-NLS-1$ //$NON-NLS-2$
		try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
			String commit = repository.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
			assertEquals(commit, repository.head());
			assertTrue(Files.readAllLines(temp.resolve("jwp/.gitattributes")).contains("*.jwp merge=jwp")); //$NON-NLS-1$ //$NON-NLS-2$
			TeamException nothing = assertThrows(TeamException.class,
					() -> repository.commit("Again", Programmes.ANNA)); //$NON-NLS-1$
			assertTrue(nothing.getMessage().startsWith("nothing to commit"), nothing.getMessage()); //$NON-NLS-1$
		}
		// sharing again finds the repository and leaves the attribute line single
		try (ProgrammeRepository again = ProgrammeRepository.share(file)) {
			assertEquals(1, Files.readAllLines(temp.resolve("jwp/.gitattributes")).stream() //$NON-NLS-1$
					.filter(l -> l.equals("*.jwp merge=jwp")).count()); //$NON-NLS-1$
		}
	}

	@Test
	void cancelledCloneStops() throws Exception {
		Path file = Programmes.write(Files.createDirectories(temp.resolve("origin")).resolve("programme.jwp")); //$NON-NLS-1$ //$NON-NLS-2$
		try (ProgrammeRepository origin = ProgrammeRepository.share(file)) {
			origin.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
		}
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> ProgrammeRepository.clone(temp.resolve("origin").toString(), temp.resolve("copy"), null, //$NON-NLS-1$//$NON-NLS-2$
						cancelled));
	}

	@Test
	void openOutsideRepositorySaysSo() {
		TeamException e = assertThrows(TeamException.class, () -> ProgrammeRepository.open(temp));
		assertTrue(e.getMessage().contains("is not in a Git repository"), e.getMessage()); //$NON-NLS-1$
	}

	/**
	 * SSH addresses, in URL form and in Git's short form {@code user@host:path}, are servers, not
	 * folders: kept as they are as a repository's server, and tried. Here nothing listens on the port,
	 * so the clone fails in one line naming the address, and leaves no folder behind.
	 */
	@Test
	void sshAddressesAreServersNotFolders() throws Exception {
		assertTrue(ProgrammeRepository.isScpLike("git@127.0.0.1:secretariats/jwp.git")); //$NON-NLS-1$
		assertTrue(ProgrammeRepository.isScpLike("server.example:jwp.git")); //$NON-NLS-1$
		assertFalse(ProgrammeRepository.isScpLike("ssh://git@127.0.0.1/jwp.git")); //$NON-NLS-1$
		assertFalse(ProgrammeRepository.isScpLike("C:\\programmes\\jwp")); //$NON-NLS-1$
		assertFalse(ProgrammeRepository.isScpLike("/srv/git/a:b")); //$NON-NLS-1$

		Path ssh = Files.createDirectories(temp.resolve("home/.ssh")); //$NON-NLS-1$
		System.setProperty(ProgrammeRepository.SSH_DIRECTORY_PROPERTY, ssh.toString());
		try {
			Path bonnFolder = Files.createDirectories(temp.resolve("bonn")); //$NON-NLS-1$
			try (ProgrammeRepository bonn = ProgrammeRepository
					.share(Programmes.write(bonnFolder.resolve("cms.jwp")))) { //$NON-NLS-1$
				bonn.setOrigin("git@127.0.0.1:secretariats/jwp.git"); //$NON-NLS-1$
				assertEquals("git@127.0.0.1:secretariats/jwp.git", //$NON-NLS-1$
						bonn.repository().getConfig().getString("remote", "origin", "url")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			int port;
			try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = free.getLocalPort();
			}
			String address = "ssh://git@127.0.0.1:" + port + "/jwp.git"; //$NON-NLS-1$ //$NON-NLS-2$
			Path folder = temp.resolve("clone"); //$NON-NLS-1$
			TeamException e = assertThrows(TeamException.class,
					() -> ProgrammeRepository.clone(address, folder, CredentialsProvider.NONE,
							new NullProgressMonitor()));
			assertTrue(e.getMessage().startsWith("cannot clone " + address + ": the server or the connection failed"), //$NON-NLS-1$//$NON-NLS-2$
					e.getMessage());
			assertFalse(e.getMessage().contains("\n"), e.getMessage()); //$NON-NLS-1$
			assertFalse(Files.exists(folder), "nothing cloned"); //$NON-NLS-1$
			assertEquals(0, Files.list(ssh).count(), "nothing written to the SSH folder"); //$NON-NLS-1$
		} finally {
			System.clearProperty(ProgrammeRepository.SSH_DIRECTORY_PROPERTY);
		}
	}
}
