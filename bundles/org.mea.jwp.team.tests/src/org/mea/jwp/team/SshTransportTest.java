package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.model.ActivityStatus;

/**
 * SSH end to end: a programme pushed, cloned and pulled over {@code ssh://user@127.0.0.1:port/...}
 * and {@code user@host:path} against a real SSH Git server started by the test ({@link SshGitServer},
 * Apache MINA sshd serving JGit's upload-pack and receive-pack). The user's key is made by the test
 * and written to a temporary SSH folder that {@link ProgrammeRepository#SSH_DIRECTORY_PROPERTY}
 * points at, so that the real {@code ~/.ssh} is neither read nor written. The passphrase of an
 * encrypted key and the trust in the server's unknown key are asked of the
 * {@link CredentialsProvider}; a refused host key and a wrong passphrase fail in one line saying so.
 */
class SshTransportTest {

	private static final String USER = "anna"; //$NON-NLS-1$
	private static final String PASSPHRASE = "pass-7c1e0b9d"; //$NON-NLS-1$
	private static final String WRONG = "wrong-2a44f1"; //$NON-NLS-1$
	private static final String SERVED = "jwp.git"; //$NON-NLS-1$
	private static final String FILE = "jwp.jwp"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private Path ssh;
	private SshGitServer server;
	private ProgrammeRepository bonn;
	private Path bare;

	/** Answers SSH's questions as told and records them; never gives a login. */
	private static final class Answering implements CredentialsProvider {
		final List<String> hostQuestions = new CopyOnWriteArrayList<>();
		final List<String> passphraseKeys = new CopyOnWriteArrayList<>();
		final List<String> passphrasePrompts = new CopyOnWriteArrayList<>();
		final List<String> logins = new CopyOnWriteArrayList<>();
		private final boolean trust;
		private final String passphrase;

		Answering(boolean trust, String passphrase) {
			this.trust = trust;
			this.passphrase = passphrase;
		}

		@Override
		public Login login(String uri) {
			logins.add(uri);
			return null;
		}

		@Override
		public char[] passphrase(String key, String prompt) {
			passphraseKeys.add(key);
			passphrasePrompts.add(prompt);
			return passphrase == null ? null : passphrase.toCharArray();
		}

		@Override
		public boolean acceptHostKey(String host, String question) {
			hostQuestions.add(host + "\n" + question); //$NON-NLS-1$
			return trust;
		}

		@Override
		public String toString() {
			return "Answering[hosts=" + hostQuestions + ", keys=" + passphraseKeys + ", logins=" + logins + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	/** Bonn shares the embedded programme and commits it; the SSH server has an empty repository for it. */
	@BeforeEach
	void share() throws Exception {
		ssh = Files.createDirectories(temp.resolve("home/.ssh")); //$NON-NLS-1$
		System.setProperty(ProgrammeRepository.SSH_DIRECTORY_PROPERTY, ssh.toString());
		Path folder = Files.createDirectories(temp.resolve("bonn")); //$NON-NLS-1$
		bonn = ProgrammeRepository.share(Programmes.write(folder.resolve(FILE)));
		bonn.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
		Path base = Files.createDirectories(temp.resolve("server")); //$NON-NLS-1$
		bare = SshGitServer.create(base, SERVED, bonn.repository().getBranch());
		server = new SshGitServer(base);
		bonn.setOrigin(server.url(USER, SERVED));
	}

	@AfterEach
	void close() throws Exception {
		System.clearProperty(ProgrammeRepository.SSH_DIRECTORY_PROPERTY);
		if (bonn != null) {
			bonn.close();
		}
		if (server != null) {
			server.close();
		}
	}

	/** Writes the user's key pair as {@code id_ecdsa} (+ {@code .pub}) in the test's SSH folder, encrypted with {@code passphrase} unless null; authorizes it on the server. */
	private Path userKey(String passphrase) throws Exception {
		KeyPair pair = SshGitServer.newKeyPair();
		Path key = ssh.resolve("id_ecdsa"); //$NON-NLS-1$
		OpenSSHKeyEncryptionContext encryption = null;
		if (passphrase != null) {
			encryption = new OpenSSHKeyEncryptionContext();
			encryption.setCipherName("AES"); //$NON-NLS-1$
			encryption.setCipherType("256"); //$NON-NLS-1$
			encryption.setCipherMode("CTR"); //$NON-NLS-1$
			encryption.setPassword(passphrase);
		}
		try (OutputStream out = Files.newOutputStream(key)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "anna@test", encryption, out); //$NON-NLS-1$
		}
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		Files.writeString(ssh.resolve("id_ecdsa.pub"), PublicKeyEntry.toString(pair.getPublic()) + " anna@test\n", //$NON-NLS-1$ //$NON-NLS-2$
				StandardCharsets.US_ASCII);
		server.authorize(pair.getPublic());
		return key;
	}

	@Test
	void aKeyPushesClonesAndPullsOverSsh() throws Exception {
		userKey(null);
		Answering bonnAnswers = new Answering(true, null);
		PushResult push = bonn.push(bonnAnswers, new NullProgressMonitor());
		assertEquals(PushResult.Status.PUSHED, push.status(), String.valueOf(push));
		assertEquals(bonn.head(), serverHead(), "the server has Bonn's commit"); //$NON-NLS-1$
		assertEquals(1, bonnAnswers.hostQuestions.size(),
				"the unknown server key was asked about once: " + bonnAnswers); //$NON-NLS-1$
		String question = bonnAnswers.hostQuestions.get(0);
		assertTrue(question.startsWith(USER + "@127.0.0.1:" + server.port()), question); //$NON-NLS-1$
		assertTrue(question.contains("SHA256:"), "the question shows the key's fingerprint: " + question); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.readString(ssh.resolve("known_hosts")).contains("[127.0.0.1]:" + server.port()), //$NON-NLS-1$ //$NON-NLS-2$
				"the trusted key is kept in the test's known_hosts"); //$NON-NLS-1$
		assertEquals(List.of(), bonnAnswers.passphraseKeys, "an unencrypted key needs no passphrase"); //$NON-NLS-1$
		assertEquals(List.of(), bonnAnswers.logins, "no login is asked for over SSH"); //$NON-NLS-1$
		assertTrue(server.commands.contains("git-receive-pack '/" + SERVED + "'"), String.valueOf(server.commands)); //$NON-NLS-1$ //$NON-NLS-2$

		// Geneva clones with Git's short form user@host:path, the host an alias of the test's ssh config
		Files.writeString(ssh.resolve("config"), //$NON-NLS-1$
				"Host jwp-server\n  HostName 127.0.0.1\n  Port " + server.port() + "\n", //$NON-NLS-1$ //$NON-NLS-2$
				StandardCharsets.US_ASCII);
		Answering genevaAnswers = new Answering(false, null);
		try (ProgrammeRepository geneva = ProgrammeRepository.clone(USER + "@jwp-server:" + SERVED, //$NON-NLS-1$
				temp.resolve("geneva"), //$NON-NLS-1$
				genevaAnswers, new NullProgressMonitor())) {
			Path file = geneva.workTree().resolve(FILE);
			assertTrue(Files.isRegularFile(file), "the programme was cloned"); //$NON-NLS-1$
			assertEquals(bonn.head(), geneva.head());
			assertEquals(List.of(), genevaAnswers.hostQuestions, "the server's key is known by now"); //$NON-NLS-1$
			assertTrue(server.commands.contains("git-upload-pack '" + SERVED + "'"), String.valueOf(server.commands)); //$NON-NLS-1$ //$NON-NLS-2$

			Programmes.edit(file, p -> p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS)); //$NON-NLS-1$
			geneva.commit("B6 in progress", Programmes.BRUNO); //$NON-NLS-1$
			assertEquals(PushResult.Status.PUSHED, geneva.push(genevaAnswers, null).status());
		}
		assertEquals(PullResult.Status.FAST_FORWARD, bonn.pull(Programmes.ANNA, bonnAnswers, null).status());
		assertEquals(ActivityStatus.IN_PROGRESS, Programmes.activity(bonn.workTree().resolve(FILE), "B6").getStatus()); //$NON-NLS-1$
		assertEquals(0, server.refusedKeys());
	}

	@Test
	void anEncryptedKeyTakesThePassphraseFromTheProvider() throws Exception {
		Path key = userKey(PASSPHRASE);
		Answering answers = new Answering(true, PASSPHRASE);
		assertEquals(PushResult.Status.PUSHED, bonn.push(answers, new NullProgressMonitor()).status(),
				String.valueOf(answers));
		assertEquals(bonn.head(), serverHead());
		assertEquals(1, answers.passphraseKeys.size(), "asked once for the passphrase: " + answers); //$NON-NLS-1$
		assertTrue(answers.passphraseKeys.get(0).endsWith(key.getFileName().toString()), answers.passphraseKeys.get(0));
		assertTrue(answers.passphrasePrompts.get(0).contains("id_ecdsa"), //$NON-NLS-1$
				"the prompt names the key: " + answers.passphrasePrompts); //$NON-NLS-1$

		try (ProgrammeRepository geneva = ProgrammeRepository.clone(server.url(USER, SERVED), temp.resolve("geneva"), //$NON-NLS-1$
				answers, null)) {
			assertEquals(bonn.head(), geneva.head());
		}
		assertEquals(2, answers.passphraseKeys.size(), "no passphrase is kept between operations: " + answers); //$NON-NLS-1$
	}

	@Test
	void anUntrustedServerKeyStopsInOneLine() throws Exception {
		userKey(null);
		Answering refusing = new Answering(false, null);
		TeamException push = assertThrows(TeamException.class, () -> bonn.push(refusing, new NullProgressMonitor()));
		assertOneLine(push);
		assertEquals("cannot push to origin: the key of the SSH server " + USER + "@127.0.0.1:" + server.port() //$NON-NLS-1$ //$NON-NLS-2$
				+ " is not in known_hosts and was not trusted", push.getMessage()); //$NON-NLS-1$
		assertEquals(1, refusing.hostQuestions.size(), String.valueOf(refusing));
		assertEquals(null, serverHead(), "nothing pushed"); //$NON-NLS-1$
		assertFalse(Files.exists(ssh.resolve("known_hosts")), "an untrusted key is not kept"); //$NON-NLS-1$ //$NON-NLS-2$

		TeamException clone = assertThrows(TeamException.class,
				() -> ProgrammeRepository.clone(server.url(USER, SERVED), temp.resolve("geneva"), refusing, null)); //$NON-NLS-1$
		assertOneLine(clone);
		assertTrue(
				clone.getMessage()
						.startsWith("cannot clone " + server.url(USER, SERVED) + ": the key of the SSH server"), //$NON-NLS-1$ //$NON-NLS-2$
				clone.getMessage());

		Answering trusting = new Answering(true, null);
		assertEquals(PushResult.Status.PUSHED, bonn.push(trusting, null).status(),
				"trusted, the same push goes through"); //$NON-NLS-1$
		assertEquals(1, trusting.hostQuestions.size());
		assertEquals(bonn.head(), serverHead());
	}

	@Test
	void aWrongPassphraseFailsInOneLineNamingTheKey() throws Exception {
		Path key = userKey(PASSPHRASE);
		Answering wrong = new Answering(true, WRONG);
		TeamException push = assertThrows(TeamException.class, () -> bonn.push(wrong, new NullProgressMonitor()));
		assertOneLine(push);
		assertTrue(push.getMessage().startsWith("cannot push to origin: the passphrase does not open the SSH key "), //$NON-NLS-1$
				push.getMessage());
		assertTrue(push.getMessage().contains(key.getFileName().toString()), push.getMessage());
		assertFalse(wrong.passphraseKeys.isEmpty());
		assertSecretNowhere(push, WRONG);
		assertSecretNowhere(push, PASSPHRASE);
		assertEquals(null, serverHead(), "nothing pushed"); //$NON-NLS-1$

		Answering none = new Answering(true, null);
		TeamException withheld = assertThrows(TeamException.class, () -> bonn.push(none, null));
		assertOneLine(withheld);
		assertTrue(withheld.getMessage().startsWith("cannot push to origin: no passphrase was given for the SSH key "), //$NON-NLS-1$
				withheld.getMessage());
		assertTrue(withheld.getMessage().contains(key.getFileName().toString()), withheld.getMessage());
	}

	private static void assertOneLine(TeamException e) {
		assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		System.out.println("SshTransportTest: " + e.getMessage()); //$NON-NLS-1$
	}

	private static void assertSecretNowhere(Throwable failure, String secret) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertFalse(trace.toString().contains(secret), trace.toString());
	}

	/** The server's branch, read from its bare repository; {@code null} before the first push. */
	private String serverHead() throws Exception {
		try (Git git = Git.open(bare.toFile())) {
			ObjectId head = git.getRepository().resolve(Constants.R_HEADS + bonn.repository().getBranch());
			return head == null ? null : head.getName();
		}
	}
}
