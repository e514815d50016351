package org.mea.jwp.team;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;

/**
 * A real {@code git daemon} on 127.0.0.1 serving the bare repositories of one folder, with push
 * enabled, started and stopped by a test. When git is missing or the daemon does not come up,
 * {@link #url} gives the bare repository's path instead, and {@link #isDaemon()} says so.
 */
final class GitDaemon implements AutoCloseable {

	private final Path base;
	private Process process;
	private int port;

	private GitDaemon(Path base) {
		this.base = base;
	}

	/** Serves {@code base}; creates the bare repository {@code name} in it, its HEAD on {@code branch}. */
	static GitDaemon serve(Path base, String name, String branch) throws Exception {
		Git.init().setBare(true).setDirectory(base.resolve(name).toFile()).setInitialBranch(branch).call().close();
		GitDaemon daemon = new GitDaemon(base);
		daemon.start();
		return daemon;
	}

	private void start() throws IOException, InterruptedException {
		try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		try {
			process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					"--listen=127.0.0.1", "--port=" + port, "--base-path=" + base, base.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.redirectErrorStream(true).redirectOutput(base.resolve("daemon.log").toFile()).start(); //$NON-NLS-1$
		} catch (IOException e) {
			System.err.println("git daemon cannot start (" + e.getMessage() + "): the test uses the bare repository by path"); //$NON-NLS-1$ //$NON-NLS-2$
			process = null;
			return;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < deadline && process.isAlive()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200); //$NON-NLS-1$
				return;
			} catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		System.err.println("git daemon did not come up on port " + port + ": the test uses the bare repository by path"); //$NON-NLS-1$ //$NON-NLS-2$
		close();
	}

	boolean isDaemon() {
		return process != null;
	}

	/** {@code git://127.0.0.1:PORT/name}, or the repository's path when there is no daemon. */
	String url(String name) {
		return isDaemon() ? "git://127.0.0.1:" + port + "/" + name : base.resolve(name).toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			process = null;
		}
	}
}
