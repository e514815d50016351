package org.mea.jwp.team;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.mea.jwp.testing.GitDaemon;

/**
 * Bonn and Geneva sharing {@code jwp.jwp} through a server (a real {@code git daemon} on localhost,
 * see {@link GitDaemon}): Bonn shared the embedded programme and pushed it, Geneva cloned it. Each
 * test then commits on both sides and pulls, pushes or publishes.
 */
final class TwoSecretariats implements AutoCloseable {

	static final String FILE = "jwp.jwp"; //$NON-NLS-1$
	private static final String SERVED = "jwp.git"; //$NON-NLS-1$

	final ProgrammeRepository bonn;
	final ProgrammeRepository geneva;
	final Path bonnFile;
	final Path genevaFile;
	private final Path temp;
	private final GitDaemon server;
	private final String branch;

	private TwoSecretariats(Path temp, ProgrammeRepository bonn, GitDaemon server) throws Exception {
		this.temp = temp;
		this.bonn = bonn;
		this.server = server;
		this.branch = bonn.repository().getBranch();
		this.bonnFile = bonn.workTree().resolve(FILE);
		this.geneva = ProgrammeRepository.clone(url(), temp.resolve("geneva"), null, null); //$NON-NLS-1$
		this.genevaFile = geneva.workTree().resolve(FILE);
	}

	/** Bonn shares and pushes the embedded programme to a new server in {@code temp}; Geneva clones it. */
	static TwoSecretariats in(Path temp) throws Exception {
		Path folder = Files.createDirectories(temp.resolve("bonn")); //$NON-NLS-1$
		ProgrammeRepository bonn = ProgrammeRepository.share(Programmes.write(folder.resolve(FILE)));
		GitDaemon server = null;
		try {
			bonn.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
			server = GitDaemon.serve(Files.createDirectories(temp.resolve("server")), SERVED, //$NON-NLS-1$
					bonn.repository().getBranch());
			System.out.println("TwoSecretariats: served by " //$NON-NLS-1$
					+ (server.isDaemon() ? "git daemon at " : "no daemon, the bare repository by path ") //$NON-NLS-1$//$NON-NLS-2$
					+ server.url(SERVED));
			bonn.setOrigin(server.url(SERVED));
			if (bonn.push(null, null).status() != PushResult.Status.PUSHED) {
				throw new AssertionError("the first push failed"); //$NON-NLS-1$
			}
			return new TwoSecretariats(temp, bonn, server);
		} catch (Exception | AssertionError e) {
			bonn.close();
			if (server != null) {
				server.close();
			}
			throw e;
		}
	}

	String url() {
		return server.url(SERVED);
	}

	/** A fresh clone of the server in {@code temp/name}: what a third secretariat would get. */
	ProgrammeRepository freshClone(String name) throws TeamException {
		return ProgrammeRepository.clone(url(), temp.resolve(name), null, null);
	}

	/** The commit the server's branch points at, read from its bare repository. */
	String serverHead() throws Exception {
		try (Git bare = Git.open(temp.resolve("server").resolve(SERVED).toFile())) { //$NON-NLS-1$
			ObjectId head = bare.getRepository().resolve(Constants.R_HEADS + branch);
			return head == null ? null : head.getName();
		}
	}

	@Override
	public void close() throws InterruptedException {
		bonn.close();
		geneva.close();
		server.close();
	}
}
