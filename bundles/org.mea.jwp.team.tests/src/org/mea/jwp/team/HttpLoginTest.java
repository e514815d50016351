package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.testing.GitHttpServer;

/**
 * Logins end to end: a programme pushed to, cloned from and refused by a real Git smart-HTTP server
 * ({@code git http-backend} behind HTTP Basic authentication on 127.0.0.1, see
 * {@link GitHttpServer}). The right login pushes and clones; a wrong one and none at all fail with
 * one line saying so, the wrong one reaching {@link CredentialsProvider#rejected}; the secret is in
 * no message, no {@code toString()} and no file of the repository.
 */
class HttpLoginTest {

	private static final String USER = "anna"; //$NON-NLS-1$
	private static final String TOKEN = "tok-3f9a1c77e2"; //$NON-NLS-1$
	private static final String WRONG = "tok-wrong-55d0b"; //$NON-NLS-1$
	private static final String SERVED = "jwp.git"; //$NON-NLS-1$
	private static final String FILE = "jwp.jwp"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private GitHttpServer server;
	private ProgrammeRepository bonn;
	private Path bare;

	/** Records every question for a login and every refusal; answers with one user and secret. */
	private static final class Recording implements CredentialsProvider {
		final List<String> asked = new CopyOnWriteArrayList<>();
		final List<String> rejected = new CopyOnWriteArrayList<>();
		private final String secret;

		Recording(String secret) {
			this.secret = secret;
		}

		@Override
		public Login login(String uri) {
			asked.add(uri);
			return new Login(USER, secret.toCharArray());
		}

		@Override
		public void rejected(String uri) {
			rejected.add(uri);
		}

		@Override
		public String toString() {
			return "Recording[asked=" + asked + ", rejected=" + rejected + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** Bonn shares the embedded programme and commits it; the server has an empty repository for it. */
	@BeforeEach
	void share() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("bonn")); //$NON-NLS-1$
		bonn = ProgrammeRepository.share(Programmes.write(folder.resolve(FILE)));
		bonn.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
		Path base = Files.createDirectories(temp.resolve("server")); //$NON-NLS-1$
		bare = GitHttpServer.create(base, SERVED, bonn.repository().getBranch());
		server = new GitHttpServer(base, USER, TOKEN.toCharArray());
		bonn.setOrigin(server.url(SERVED));
	}

	@AfterEach
	void close() {
		if (bonn != null) {
			bonn.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theRightLoginPushesAndClones() throws Exception {
		Recording login = new Recording(TOKEN);
		PushResult push = bonn.push(login, new NullProgressMonitor());
		assertEquals(PushResult.Status.PUSHED, push.status(), String.valueOf(push));
		assertEquals(bonn.head(), serverHead(), "the server has Bonn's commit"); //$NON-NLS-1$
		assertFalse(login.asked.isEmpty(), "the provider was asked for the login"); //$NON-NLS-1$
		assertTrue(login.asked.stream().allMatch(uri -> uri.startsWith(server.url(""))), String.valueOf(login)); //$NON-NLS-1$
		assertEquals(List.of(), login.rejected);
		assertTrue(server.refused() >= 1, "the server asked for a login before it took one"); //$NON-NLS-1$
		assertEquals(0, server.wrongLogins());

		Programmes.edit(bonn.workTree().resolve(FILE), p -> p.findActivity("A1").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
		bonn.commit("A1 completed", Programmes.ANNA); //$NON-NLS-1$
		assertEquals(PushResult.Status.PUSHED, bonn.push(login, null).status(), "a second push"); //$NON-NLS-1$

		Recording genevaLogin = new Recording(TOKEN);
		try (ProgrammeRepository geneva = ProgrammeRepository.clone(server.url(SERVED), temp.resolve("geneva"), //$NON-NLS-1$
				genevaLogin, new NullProgressMonitor())) {
			Path file = geneva.workTree().resolve(FILE);
			assertTrue(Files.isRegularFile(file), "the programme was cloned"); //$NON-NLS-1$
			assertEquals(ActivityStatus.COMPLETED, Programmes.activity(file, "A1").getStatus()); //$NON-NLS-1$
			assertEquals(bonn.head(), geneva.head());
			assertFalse(genevaLogin.asked.isEmpty());
			assertEquals(List.of(), genevaLogin.rejected);
			assertSecretNowhere(geneva.workTree().resolve(".git/config"), TOKEN); //$NON-NLS-1$

			Programmes.edit(file, p -> p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS)); //$NON-NLS-1$
			geneva.commit("B6 in progress", Programmes.BRUNO); //$NON-NLS-1$
			assertEquals(PushResult.Status.PUSHED, geneva.push(genevaLogin, null).status());
		}
		assertEquals(PullResult.Status.FAST_FORWARD, bonn.pull(Programmes.ANNA, login, null).status(),
				"a pull with the login"); //$NON-NLS-1$
		assertEquals(ActivityStatus.IN_PROGRESS, Programmes.activity(bonn.workTree().resolve(FILE), "B6").getStatus()); //$NON-NLS-1$
		assertSecretNowhere(bonn.workTree().resolve(".git/config"), TOKEN); //$NON-NLS-1$
	}

	@Test
	void aWrongTokenIsRefusedInOneLineAndReported() throws Exception {
		Recording wrong = new Recording(WRONG);
		TeamException push = assertThrows(TeamException.class, () -> bonn.push(wrong, new NullProgressMonitor()));
		assertRefused(push, "cannot push"); //$NON-NLS-1$
		assertFalse(wrong.asked.isEmpty());
		assertFalse(wrong.rejected.isEmpty(), "the provider was told the login was refused: " + wrong); //$NON-NLS-1$
		assertTrue(wrong.rejected.stream().allMatch(uri -> uri.startsWith(server.url(""))), String.valueOf(wrong)); //$NON-NLS-1$
		assertTrue(server.wrongLogins() >= 1, "the server saw the wrong login"); //$NON-NLS-1$
		assertEquals(null, serverHead(), "nothing pushed"); //$NON-NLS-1$
		assertSecretNowhere(push, WRONG);

		assertEquals(PushResult.Status.PUSHED, bonn.push(new Recording(TOKEN), null).status());
		Recording wrongAgain = new Recording(WRONG);
		TeamException clone = assertThrows(TeamException.class,
				() -> ProgrammeRepository.clone(server.url(SERVED), temp.resolve("geneva"), wrongAgain, null)); //$NON-NLS-1$
		assertRefused(clone, "cannot clone"); //$NON-NLS-1$
		assertFalse(wrongAgain.rejected.isEmpty());
		assertSecretNowhere(clone, WRONG);

		TeamException pull = assertThrows(TeamException.class,
				() -> bonn.pull(Programmes.ANNA, new Recording(WRONG), null));
		assertRefused(pull, "cannot pull"); //$NON-NLS-1$
		assertSecretNowhere(pull, WRONG);
		assertSecretNowhere(bonn.workTree().resolve(".git/config"), WRONG); //$NON-NLS-1$
	}

	@Test
	void noLoginFailsInOneLineNamingTheNeedForOne() throws Exception {
		TeamException push = assertThrows(TeamException.class, () -> bonn.push(CredentialsProvider.NONE, null));
		assertOneLine(push);
		assertTrue(push.getMessage().contains("needs a login"), push.getMessage()); //$NON-NLS-1$
		assertTrue(push.getMessage().contains(server.url(SERVED)), push.getMessage());
		assertEquals(0, server.wrongLogins());
		assertEquals(null, serverHead(), "nothing pushed"); //$NON-NLS-1$

		TeamException clone = assertThrows(TeamException.class,
				() -> ProgrammeRepository.clone(server.url(SERVED), temp.resolve("geneva"), null, null)); //$NON-NLS-1$
		assertOneLine(clone);
		assertTrue(clone.getMessage().startsWith("cannot clone"), clone.getMessage()); //$NON-NLS-1$
		assertTrue(clone.getMessage().contains("needs a login"), clone.getMessage()); //$NON-NLS-1$
		assertSecretNowhere(clone, TOKEN);
	}

	private void assertRefused(TeamException e, String what) {
		assertOneLine(e);
		assertTrue(e.getMessage().startsWith(what), e.getMessage());
		assertTrue(e.getMessage().contains("the server refused the login for " + server.url(SERVED)), e.getMessage()); //$NON-NLS-1$
	}

	private static void assertOneLine(TeamException e) {
		assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		System.out.println("HttpLoginTest: " + e.getMessage()); //$NON-NLS-1$
	}

	/** Neither the message, nor {@code toString()}, nor the stack trace of the failure or its causes shows the secret. */
	private static void assertSecretNowhere(Throwable failure, String secret) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertFalse(trace.toString().contains(secret), trace.toString());
		for (Throwable t = failure; t != null; t = t.getCause()) {
			assertFalse(String.valueOf(t.getMessage()).contains(secret), t.toString());
			assertFalse(t.toString().contains(secret), t.toString());
		}
		assertFalse(new CredentialsProvider.Login(USER, secret.toCharArray()).toString().contains(secret));
	}

	private static void assertSecretNowhere(Path file, String secret) throws Exception {
		assertFalse(Files.readString(file).contains(secret), file + " holds the secret"); //$NON-NLS-1$
	}

	/** The server's branch, read from its bare repository; {@code null} before the first push. */
	private String serverHead() throws Exception {
		try (Git git = Git.open(bare.toFile())) {
			ObjectId head = git.getRepository().resolve(Constants.R_HEADS + bonn.repository().getBranch());
			return head == null ? null : head.getName();
		}
	}
}
