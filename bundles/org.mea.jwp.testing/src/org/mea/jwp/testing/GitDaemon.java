package org.mea.jwp.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code git daemon} on 127.0.0.1 serving the bare repositories of one folder, with push
 * enabled, started and stopped by a test — the server two secretariats share. When the daemon does
 * not come up, {@link #url} gives the bare repository's path instead and {@link #isDaemon()} says so.
 * Also runs plain {@code git} commands the way a user on the command line would.
 */
public final class GitDaemon implements AutoCloseable {

	private final Path base;
	private Process process;
	private int port;

	private GitDaemon(Path base) {
		this.base = base;
	}

	/** Serves {@code base}; creates the bare repository {@code name} in it, its HEAD on {@code branch}. */
	public static GitDaemon serve(Path base, String name, String branch) throws IOException, InterruptedException {
		git(base, "init", "-q", "--bare", "-b", branch, name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		GitDaemon daemon = new GitDaemon(base);
		daemon.start();
		return daemon;
	}

	private void start() throws IOException, InterruptedException {
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--listen=127.0.0.1", "--port=" + port, "--base-path=" + base, base.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.redirectErrorStream(true).redirectOutput(base.resolve("daemon.log").toFile()).start(); //$NON-NLS-1$
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < deadline && process.isAlive()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200); //$NON-NLS-1$
				return;
			} catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		System.err
				.println("git daemon did not come up on port " + port + ": the test uses the bare repository by path"); //$NON-NLS-1$ //$NON-NLS-2$
		close();
	}

	public boolean isDaemon() {
		return process != null;
	}

	/** {@code git://127.0.0.1:PORT/name}, or the repository's path when there is no daemon. */
	public String url(String name) {
		return isDaemon() ? "git://127.0.0.1:" + port + "/" + name : base.resolve(name).toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Runs {@code git args} in {@code folder} as a test user, without the machine's own Git
	 * configuration; throws when git fails.
	 */
	public static void git(Path folder, String... args) throws IOException, InterruptedException {
		int exit = gitExit(folder, args);
		if (exit != 0) {
			throw new IOException("git " + String.join(" ", args) + " failed in " + folder + " (exit " + exit + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
	}

	/** Like {@link #git}, returning git's exit code. */
	public static int gitExit(Path folder, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=JWP test", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"-c", "user.email=jwp-test@localhost", "-c", "commit.gpgsign=false")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		Process git = builder.start();
		git.getInputStream().transferTo(OutputStream.nullOutputStream());
		return git.waitFor();
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
