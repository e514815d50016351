package org.mea.jwp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The application of the command server ({@code org.mea.jwp.cli.server}), which the start script
 * starts in the background: {@code --socket FILE [--idle MINUTES] [--warm-up]}. With
 * {@code --warm-up}, it first renders the progress report of the embedded programme in a temporary
 * folder (and removes it), so that the first command it serves does not run BIRT's code for the first
 * time either; it listens already, and a client that comes meanwhile waits. What it says
 * (why it stopped) goes to stderr, which the script keeps in a log file.
 */
public class ServerApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = Arrays.asList(given == null ? new String[0] : given);
		Path socket = option(args, "--socket") == null ? null : Path.of(option(args, "--socket")); //$NON-NLS-1$ //$NON-NLS-2$
		if (socket == null) {
			System.err.println("jwp server: --socket FILE is missing"); //$NON-NLS-1$
			return Integer.valueOf(ExitCodes.USAGE);
		}
		Duration idle;
		try {
			String minutes = option(args, "--idle"); //$NON-NLS-1$
			idle = Duration.ofMinutes(minutes == null ? 30 : Long.parseLong(minutes));
		} catch (NumberFormatException e) {
			System.err.println("jwp server: --idle takes a number of minutes"); //$NON-NLS-1$
			return Integer.valueOf(ExitCodes.USAGE);
		}
		CommandServer server;
		try {
			server = CommandServer.listen(socket, idle);
		} catch (IOException e) {
			System.err.println("jwp server: not started: " + e.getMessage()); //$NON-NLS-1$
			return Integer.valueOf(ExitCodes.CANNOT_WRITE);
		}
		if (args.contains("--warm-up")) { //$NON-NLS-1$
			warmUp();
		}
		try {
			System.err.println("jwp server: stopped, " + server.serve()); //$NON-NLS-1$
			return Integer.valueOf(ExitCodes.OK);
		} catch (IOException e) {
			System.err.println("jwp server: stopped: " + e); //$NON-NLS-1$
			return Integer.valueOf(ExitCodes.INTERNAL_ERROR);
		}
	}

	private static void warmUp() {
		PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
		try {
			Path folder = Files.createTempDirectory("jwp-warm-up"); //$NON-NLS-1$
			Path output = folder.resolve("warm-up.pdf"); //$NON-NLS-1$
			int code = CommandServer.runCommand("report", //$NON-NLS-1$
					List.of("--default", "--design", "progress", "--format", "pdf", "--out", output.toString()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					folder, nowhere, nowhere);
			Files.deleteIfExists(output);
			Files.deleteIfExists(folder);
			System.err.println("jwp server: warmed up (exit code " + code + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			System.err.println("jwp server: warm-up incomplete: " + e); //$NON-NLS-1$
		}
	}

	private static String option(List<String> args, String name) {
		int at = args.indexOf(name);
		return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
	}

	@Override
	public void stop() {
		// the server stops on its own (idle, asked, or its socket gone)
	}
}
