package org.mea.jwp.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The client of the command server: the start script runs it, in a small JVM of its own, in place of
 * a whole Equinox for a headless command when a server of the same product is listening
 * ({@code java -cp org.mea.jwp.cli_*.jar org.mea.jwp.cli.client.CommandClient SOCKET COMMAND ARGS...}).
 * It sends the command, its arguments and its folder, copies what the command prints to stdout and
 * stderr as it arrives, and ends with the command's exit code. When no server answers it prints
 * nothing and ends with {@link #NO_SERVER}: the script then runs the command itself.
 * <p>
 * This class uses nothing but the JDK (it runs on a plain class path, without OSGi), and holds the
 * wire format that {@code org.mea.jwp.cli.CommandServer} speaks too. A request: {@link #REQUEST},
 * then the folder, the command's name, the number of arguments and the arguments, each text as
 * UTF-8 after its length. The answer: frames of one byte of kind ({@link #STDOUT}, {@link #STDERR}:
 * a length and that many bytes; {@link #EXIT}: the exit code), {@link #EXIT} last.
 */
public final class CommandClient {

	/** A request's first four bytes: "JWP" and the version of the format. */
	public static final int REQUEST = 0x4A575001;
	/** A frame of bytes the command printed on stdout. */
	public static final byte STDOUT = 1;
	/** A frame of bytes the command printed on stderr. */
	public static final byte STDERR = 2;
	/** The last frame: the command's exit code. */
	public static final byte EXIT = 3;
	/** The name under which a request asks the server to stop (no command is called so). */
	public static final String STOP = "--stop-server"; //$NON-NLS-1$
	/** The exit code when no server answers (sysexits' EX_TEMPFAIL): no command uses it. */
	public static final int NO_SERVER = 75;
	/** The exit code when the server stopped before the command ended (EX_SOFTWARE). */
	public static final int SERVER_FAILED = 70;
	/** The most a request's text may hold: more is not a command line. */
	public static final int MAX_TEXT = 1 << 20;

	private CommandClient() {
	}

	/** {@code SOCKET COMMAND ARGS...}; exits with the command's code. */
	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: CommandClient SOCKET COMMAND [ARGS...]"); //$NON-NLS-1$
			System.exit(2);
		}
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		OutputStream err = new FileOutputStream(FileDescriptor.err);
		String folder = Path.of("").toAbsolutePath().toString(); //$NON-NLS-1$
		List<String> arguments = Arrays.asList(args).subList(2, args.length);
		System.exit(run(Path.of(args[0]), folder, args[1], arguments, out, err));
	}

	/**
	 * Runs {@code command} with {@code arguments} on the server listening at {@code socket}, as if in
	 * {@code folder}; what it prints goes to {@code out} and {@code err}. Returns its exit code, or
	 * {@link #NO_SERVER} (nothing printed) when no server answers.
	 */
	public static int run(Path socket, String folder, String command, List<String> arguments, OutputStream out,
			OutputStream err) {
		SocketChannel channel;
		try {
			channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			channel.connect(UnixDomainSocketAddress.of(socket));
		} catch (IOException | RuntimeException e) {
			return NO_SERVER; // none listening (a socket left by one that died, or none at all)
		}
		try (channel) {
			DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
			request.writeInt(REQUEST);
			writeText(request, folder);
			writeText(request, command);
			request.writeInt(arguments.size());
			for (String argument : arguments) {
				writeText(request, argument);
			}
			request.flush();
			return copyAnswer(new DataInputStream(Channels.newInputStream(channel)), out, err);
		} catch (IOException e) {
			String what = "jwp " + command + ": the command server stopped before the command ended (" //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getMessage() + "); its files may be incomplete. Run it again: it then runs on its own\n"; //$NON-NLS-1$
			try {
				err.write(what.getBytes(StandardCharsets.UTF_8));
				err.flush();
			} catch (IOException stderrGone) {
				// nowhere left to say it; the exit code says it
			}
			return SERVER_FAILED;
		}
	}

	private static int copyAnswer(DataInputStream answer, OutputStream out, OutputStream err) throws IOException {
		byte[] buffer = new byte[8192];
		while (true) {
			byte kind = answer.readByte();
			if (kind == EXIT) {
				out.flush();
				err.flush();
				return answer.readInt();
			}
			if (kind != STDOUT && kind != STDERR) {
				throw new IOException("an answer the client does not know (frame " + kind + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			OutputStream target = kind == STDOUT ? out : err;
			int length = answer.readInt();
			while (length > 0) {
				int read = answer.read(buffer, 0, Math.min(length, buffer.length));
				if (read < 0) {
					throw new EOFException("the answer ends in a frame"); //$NON-NLS-1$
				}
				target.write(buffer, 0, read);
				length -= read;
			}
			target.flush();
		}
	}

	/** Writes {@code text} as its length in UTF-8 bytes and the bytes. */
	public static void writeText(DataOutputStream stream, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		stream.writeInt(bytes.length);
		stream.write(bytes);
	}

	/** Reads a text {@link #writeText} wrote; refuses one longer than {@code limit} bytes. */
	public static String readText(DataInputStream stream, int limit) throws IOException {
		int length = stream.readInt();
		if (length < 0 || length > limit) {
			throw new IOException("a text of " + length + " bytes (at most " + limit + " are read)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new String(stream.readNBytes(length), StandardCharsets.UTF_8);
	}

}
