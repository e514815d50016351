package org.mea.jwp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * The workbench as a screen reader reads it: asks AT-SPI, from another process, for the controls of
 * this process's windows and what their names are (the script {@code unnamed-controls.py} next to
 * this class, on Debian's {@code python3-pyatspi}). The toolkit answers those questions from the UI
 * thread, so the event loop runs while the script reads. Needs a D-Bus session bus in the
 * environment the tests started in ({@code ./jwp test} starts one); without it, it fails saying so.
 */
public final class ScreenReader {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String HOW = "run the UI tests through ./jwp test, which starts them in a D-Bus session, " //$NON-NLS-1$
			+ "or as dbus-run-session -- xvfb-run -a ./mvnw verify; the machine needs at-spi2-core and python3-pyatspi"; //$NON-NLS-1$

	/**
	 * What the reader found: the controls it could not name, each with where it is, and how many it
	 * read; with {@link #readAll}, also every showing object as "role: name".
	 */
	public record Reading(List<String> unnamed, int checked, List<String> heard) {
	}

	private static Path script;

	private ScreenReader() {
	}

	/**
	 * Reads the showing controls of this process's window titled {@code windowTitle} (every window
	 * when null). Must run in the UI thread.
	 */
	public static Reading read(Display display, String windowTitle) {
		return run(display, windowTitle, false);
	}

	/** Like {@link #read}, and also what a reader says for every showing object, list items included. */
	public static Reading readAll(Display display, String windowTitle) {
		return run(display, windowTitle, true);
	}

	private static Reading run(Display display, String windowTitle, boolean all) {
		if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) { //$NON-NLS-1$
			throw new AssertionError("no D-Bus session bus, so no screen reader can read the workbench: " + HOW); //$NON-NLS-1$
		}
		List<String> command = new ArrayList<>(List.of(python(), script().toString()));
		if (all) {
			command.add("--all"); //$NON-NLS-1$
		}
		command.add(Long.toString(ProcessHandle.current().pid()));
		if (windowTitle != null) {
			command.add(windowTitle);
		}
		// the accessibility bus and its registry start with the first question and may not answer
		// it in time on a busy machine: the script is asked again, the workbench answering meanwhile
		for (int attempt = 1;; attempt++) {
			Run run = runOnce(display, command);
			if (run.out() != null) {
				return parse(run.out(), run.err());
			}
			if (attempt == 4 || !run.err().contains("accessibility bus")) { //$NON-NLS-1$
				throw new AssertionError("the screen reader script failed: " + run.err().strip() + "; " + HOW); //$NON-NLS-1$ //$NON-NLS-2$
			}
			long pauseEnds = System.nanoTime() + 2_000_000_000L;
			UiWait.until(display, Duration.ofSeconds(30), "a pause", () -> System.nanoTime() > pauseEnds); //$NON-NLS-1$
		}
	}

	/** One run of the script: what it printed on stdout ({@code null} when it failed) and on stderr. */
	private record Run(String out, String err) {
	}

	/** Runs the script once: its output, or null and why it failed. */
	private static Run runOnce(Display display, List<String> command) {
		Process process;
		try {
			process = new ProcessBuilder(command).start();
		} catch (IOException e) {
			throw new AssertionError("could not start " + command.get(0) + ": " + e.getMessage() + "; " + HOW, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		CompletableFuture<String> out = drain(process.getInputStream());
		CompletableFuture<String> err = drain(process.getErrorStream());
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		// the script's every question is answered here, in the UI thread: keep the loop turning
		while (process.isAlive()) {
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new AssertionError("the screen reader script took more than " + TIMEOUT.toSeconds() + " s"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
		int exit = waitFor(process);
		return exit == 0 ? new Run(out.join(), err.join()) : new Run(null, "(exit " + exit + ") " + err.join()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Reading parse(String out, String err) {
		List<String> unnamed = new ArrayList<>();
		List<String> heard = new ArrayList<>();
		int checked = -1;
		for (String line : out.split("\n")) { //$NON-NLS-1$
			if (line.startsWith("UNNAMED\t")) { //$NON-NLS-1$
				unnamed.add(line.substring("UNNAMED\t".length()).replace('\t', ' ')); //$NON-NLS-1$
			} else if (line.startsWith("NAMED\t")) { //$NON-NLS-1$
				heard.add(line.substring("NAMED\t".length()).replaceFirst("\t", ": ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (line.startsWith("CHECKED\t")) { //$NON-NLS-1$
				checked = Integer.parseInt(line.substring("CHECKED\t".length()).strip()); //$NON-NLS-1$
			}
		}
		if (checked < 0) {
			throw new AssertionError("the screen reader script said nothing readable: " + out + err); //$NON-NLS-1$
		}
		return new Reading(unnamed, checked, heard);
	}

	/** Debian's Python, where python3-pyatspi is; another one may be named with -Djwp.test.python. */
	private static String python() {
		return System.getProperty("jwp.test.python", "/usr/bin/python3"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static synchronized Path script() {
		if (script == null) {
			try (InputStream in = ScreenReader.class.getResourceAsStream("unnamed-controls.py")) { //$NON-NLS-1$
				Path file = Files.createTempFile("unnamed-controls", ".py"); //$NON-NLS-1$ //$NON-NLS-2$
				file.toFile().deleteOnExit();
				Files.write(file, in.readAllBytes());
				script = file;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return script;
	}

	private static CompletableFuture<String> drain(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return e.getMessage();
			}
		});
	}

	private static int waitFor(Process process) {
		try {
			process.waitFor(5, TimeUnit.SECONDS);
			return process.exitValue();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
