package org.mea.jwp.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mea.jwp.cli.client.CommandClient;

/**
 * Runs headless commands for {@link CommandClient}s in one JVM that stays: a command started cold
 * spends most of its time starting Equinox and running BIRT's code for the first time (see the
 * performance page); here that is paid once, and a later command costs the client's small JVM and
 * the command's own work. The start script starts a server after a command it ran itself, and sends
 * later commands of the same product, user and environment to it.
 * <p>
 * One command at a time, in the order they come; each with its client's folder
 * ({@link WorkingDirectory}), its output sent back as it is printed. The server stops when it has
 * been idle for its idle time, when its socket file is removed or replaced (a newer server, or the
 * script clearing the state of another product), when a client asks it to, and after a command
 * that failed unexpectedly (exit code 70), so that no command ever runs in a JVM a failure may
 * have left in a bad state.
 */
public final class CommandServer {

	/** How often an idle server looks whether its socket file is still its own. */
	private static final long CHECK_MILLIS = 5_000;

	private final Path socket;
	private final Duration idle;
	private final ServerSocketChannel channel;
	private final Object own;

	private CommandServer(Path socket, Duration idle, ServerSocketChannel channel) {
		this.socket = socket;
		this.idle = idle;
		this.channel = channel;
		this.own = fileKey(socket);
	}

	/**
	 * A server listening at {@code socket} (a Unix domain socket), which {@link #serve} until it has
	 * been idle for {@code idle}. Clients that come before it serves wait.
	 *
	 * @throws IOException when another server answers there, or it cannot listen there
	 */
	public static CommandServer listen(Path socket, Duration idle) throws IOException {
		if (answers(socket)) {
			throw new IOException("another server listens at " + socket); //$NON-NLS-1$
		}
		Files.deleteIfExists(socket); // left by a server that died
		ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			channel.bind(UnixDomainSocketAddress.of(socket));
			// whoever may connect runs commands as this user: only this user may (the state folder
			// the script keeps the socket in is the user's own too)
			Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
		return new CommandServer(socket, idle, channel);
	}

	/** Whether a server answers at {@code socket}. */
	static boolean answers(Path socket) {
		try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			probe.connect(UnixDomainSocketAddress.of(socket));
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Serves until the server stops (see the class), then stops listening; returns why it stopped,
	 * in a few words.
	 */
	public String serve() throws IOException {
		try (channel; Selector selector = Selector.open()) {
			channel.configureBlocking(false);
			channel.register(selector, SelectionKey.OP_ACCEPT);
			return acceptUntilDone(selector);
		} finally {
			removeOwnSocket();
		}
	}

	/** Removes the socket file, unless it is another server's now. */
	private void removeOwnSocket() throws IOException {
		if (Objects.equals(fileKey(socket), own)) {
			Files.deleteIfExists(socket);
		}
	}

	private String acceptUntilDone(Selector selector) throws IOException {
		long used = System.nanoTime();
		while (true) {
			selector.select(Math.min(CHECK_MILLIS, Math.max(1, idle.toMillis())));
			selector.selectedKeys().clear();
			SocketChannel client = channel.accept();
			if (client != null) {
				String stop = answer(client);
				if (stop != null) {
					return stop;
				}
				used = System.nanoTime();
			} else if (!Objects.equals(fileKey(socket), own)) {
				return "its socket " + socket + " was removed or replaced"; //$NON-NLS-1$ //$NON-NLS-2$
			} else if (System.nanoTime() - used > idle.toNanos()) {
				return "idle for " + idle.toSeconds() + " s"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Runs one client's command; returns why the server stops after it, or {@code null}. */
	private String answer(SocketChannel client) {
		try (client) {
			client.configureBlocking(true);
			DataOutputStream answer = new DataOutputStream(
					new BufferedOutputStream(Channels.newOutputStream(client)));
			Request request;
			try {
				request = Request.read(new DataInputStream(Channels.newInputStream(client)));
			} catch (IOException | RuntimeException e) {
				send(answer, "jwp: the command server cannot read the request: " + e.getMessage() + '\n', //$NON-NLS-1$
						ExitCodes.USAGE);
				return null;
			}
			if (CommandClient.STOP.equals(request.command)) {
				send(answer, "", ExitCodes.OK); //$NON-NLS-1$
				return "asked to stop"; //$NON-NLS-1$
			}
			int code = run(request, answer, client);
			return code == ExitCodes.INTERNAL_ERROR ? "a command failed unexpectedly" : null; //$NON-NLS-1$
		} catch (IOException e) {
			return null; // the client went away; the next may come
		}
	}

	/** Runs the request's command with its output going to {@code answer}; returns its exit code. */
	private int run(Request request, DataOutputStream answer, SocketChannel client) throws IOException {
		Charset charset = System.out.charset();
		PrintStream out = new PrintStream(new BufferedOutputStream(new Frames(answer, CommandClient.STDOUT)), false,
				charset);
		PrintStream err = new PrintStream(new Frames(answer, CommandClient.STDERR), true, charset);
		PrintStream systemOut = System.out;
		PrintStream systemErr = System.err;
		// what a library prints on the JVM's own streams during the command is the command's too
		System.setOut(out);
		System.setErr(err);
		AtomicBoolean running = new AtomicBoolean(true);
		watch(client, running, systemErr);
		long start = System.nanoTime();
		int code;
		try {
			code = runCommand(request.command, request.arguments, request.folder, out, err);
		} finally {
			running.set(false);
			System.setOut(systemOut);
			System.setErr(systemErr);
		}
		systemErr.println("jwp server: " + request.command + " ended with " + code + " in " //$NON-NLS-1$ //$NON-NLS-2$
				+ (System.nanoTime() - start) / 1_000_000 + " ms"); //$NON-NLS-1$
		out.flush();
		err.flush();
		synchronized (answer) {
			answer.writeByte(CommandClient.EXIT);
			answer.writeInt(code);
			answer.flush();
		}
		return code;
	}

	/**
	 * Stops this JVM at once when the client goes away while its command runs: the user interrupted
	 * or killed it, and expects the command to stop as a command in a JVM of its own would (its
	 * files are written whole or not at all, see SiblingFiles). BIRT has no way to stop a render
	 * half-way, so the JVM goes; the next command runs in a JVM of its own and starts a server.
	 */
	private void watch(SocketChannel client, AtomicBoolean running, PrintStream log) {
		Thread.ofPlatform().daemon().name("jwp server: client watch").start(() -> { //$NON-NLS-1$
			ByteBuffer buffer = ByteBuffer.allocate(64);
			try {
				while (client.read(buffer.clear()) >= 0) {
					// a client sends nothing after its request; whatever comes is ignored
				}
			} catch (IOException e) {
				// gone, or closed here after its command
			}
			if (running.get()) {
				log.println("jwp server: stopped, the client went away during its command"); //$NON-NLS-1$
				try {
					removeOwnSocket();
				} catch (IOException e) {
					// the next client is refused and runs its command on its own
				}
				Runtime.getRuntime().halt(ExitCodes.INTERNAL_ERROR);
			}
		});
	}

	/** Runs a command as {@link CommandApplication} does, its relative file names starting in {@code folder}. */
	static int runCommand(String name, List<String> arguments, Path folder, PrintStream out, PrintStream err) {
		return WorkingDirectory.runIn(folder, () -> Commands.runNamed(name, arguments, out, err));
	}

	private static void send(DataOutputStream answer, String error, int code) throws IOException {
		if (!error.isEmpty()) {
			byte[] bytes = error.getBytes(System.err.charset());
			answer.writeByte(CommandClient.STDERR);
			answer.writeInt(bytes.length);
			answer.write(bytes);
		}
		answer.writeByte(CommandClient.EXIT);
		answer.writeInt(code);
		answer.flush();
	}

	private static Object fileKey(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
		} catch (IOException e) {
			return null;
		}
	}

	/** A client's request: its folder, the command and its arguments. */
	private record Request(Path folder, String command, List<String> arguments) {

		static Request read(DataInputStream in) throws IOException {
			if (in.readInt() != CommandClient.REQUEST) {
				throw new IOException("it is not a request of this version of JWP Workbench"); //$NON-NLS-1$
			}
			Path folder = Path.of(CommandClient.readText(in, CommandClient.MAX_TEXT));
			if (!folder.isAbsolute()) {
				throw new IOException("the client's folder " + folder + " is not absolute"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String command = CommandClient.readText(in, CommandClient.MAX_TEXT);
			int count = in.readInt();
			if (count < 0 || count > CommandClient.MAX_TEXT) {
				throw new IOException(count + " arguments"); //$NON-NLS-1$
			}
			List<String> arguments = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				arguments.add(CommandClient.readText(in, CommandClient.MAX_TEXT));
			}
			return new Request(folder, command, List.copyOf(arguments));
		}
	}

	/** The bytes written to it, sent as frames of one kind (stdout or stderr) on the shared answer. */
	private static final class Frames extends OutputStream {

		private final DataOutputStream answer;
		private final byte kind;

		Frames(DataOutputStream answer, byte kind) {
			this.answer = answer;
			this.kind = kind;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return;
			}
			synchronized (answer) {
				answer.writeByte(kind);
				answer.writeInt(length);
				answer.write(bytes, offset, length);
				answer.flush();
			}
		}
	}
}
