package org.mea.jwp.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A Git server over SSH on 127.0.0.1 for tests: Apache MINA sshd (the library JGit's SSH transport is
 * built on) with a host key made at start, public-key logins for the keys {@link #authorize}d, and the
 * two commands a Git client runs, {@code git-upload-pack} and {@code git-receive-pack}, served by
 * JGit from the bare repositories of one folder. Nothing else: no shell, no passwords.
 */
final class SshGitServer implements AutoCloseable {

	private final Path base;
	private final SshServer server;
	private final KeyPair hostKey;
	private final List<PublicKey> authorized = new CopyOnWriteArrayList<>();
	private final AtomicInteger refusedKeys = new AtomicInteger();
	final List<String> commands = new CopyOnWriteArrayList<>();

	SshGitServer(Path base) throws Exception {
		this.base = base;
		this.hostKey = newKeyPair();
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1"); //$NON-NLS-1$
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator((user, key, session) -> {
			boolean known = authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
			if (!known) {
				refusedKeys.incrementAndGet();
			}
			return known;
		});
		server.setCommandFactory((channel, command) -> new GitCommand(command));
		server.start();
	}

	/** A new EC (P-256) key pair: quick to make, understood by every SSH implementation. */
	static KeyPair newKeyPair() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
		generator.initialize(new ECGenParameterSpec("secp256r1")); //$NON-NLS-1$
		return generator.generateKeyPair();
	}

	/** Creates the bare repository {@code name}, its HEAD on {@code branch}. */
	static Path create(Path base, String name, String branch) throws Exception {
		Path bare = base.resolve(name);
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(branch).call()) {
			return bare;
		}
	}

	/** Lets {@code key} log in (as any user). */
	void authorize(PublicKey key) {
		authorized.add(key);
	}

	int port() {
		return server.getPort();
	}

	PublicKey hostKey() {
		return hostKey.getPublic();
	}

	/** How many offered keys were not authorized. */
	int refusedKeys() {
		return refusedKeys.get();
	}

	/** {@code ssh://user@127.0.0.1:port/name}. */
	String url(String user, String name) {
		return "ssh://" + user + "@127.0.0.1:" + port() + "/" + name; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** {@code git-upload-pack 'path'} or {@code git-receive-pack 'path'}, run by JGit on a thread of its own. */
	private final class GitCommand implements Command, Runnable {

		private final String command;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;
		private Thread thread;

		GitCommand(String command) {
			this.command = command;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) {
			commands.add(command);
			thread = new Thread(this, "ssh git server: " + command); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void run() {
			int status = 0;
			try {
				List<String> words = List.of(command.split(" ", 2)); //$NON-NLS-1$
				String path = words.size() < 2 ? "" //$NON-NLS-1$
						: words.get(1).strip().replaceAll("^'|'$", "").replaceFirst("^/+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Path gitDir = base.resolve(path).normalize();
				if (!gitDir.startsWith(base) || path.isEmpty()) {
					throw new IOException("no repository " + path); //$NON-NLS-1$
				}
				try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true)
						.build()) {
					switch (words.get(0)) {
					case "git-upload-pack" -> new UploadPack(repository).upload(in, out, err); //$NON-NLS-1$
					case "git-receive-pack" -> new ReceivePack(repository).receive(in, out, err); //$NON-NLS-1$
					default -> throw new IOException("unknown command " + words.get(0)); //$NON-NLS-1$
					}
				}
			} catch (Exception e) {
				status = 1;
				PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
				print.println("fatal: " + e.getMessage()); //$NON-NLS-1$
			} finally {
				try {
					out.flush();
					err.flush();
				} catch (IOException ignored) {
					// the client is gone
				}
				exit.onExit(status);
			}
		}

		@Override
		public void destroy(ChannelSession channel) {
			if (thread != null) {
				thread.interrupt();
			}
		}
	}
}
