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

	/** What the reader found: the controls it could not name, each with where it is, and how many it read. */
	public record Reading(List<String> unnamed, int checked) {
	}

	private static Path script;

	private ScreenReader() {
	}

	/**
	 * Reads the showing controls of this process's window titled {@code windowTitle} (every window
	 * when null). Must run in the UI thread.
	 */
	public static Reading read(Display display, String windowTitle) {
		if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) { //$NON-NLS-1$
			throw new AssertionError("no D-Bus session bus, so no screen reader can read the workbench: " + HOW); //$NON-NLS-1$
		}
		List<String> command = new ArrayList<>(List.of(python(), script().toString(),
				Long.toString(ProcessHandle.current().pid())));
		if (windowTitle != null) {
			command.add(windowTitle);
		}
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
		if (exit != 0) {
			throw new AssertionError("the screen reader script failed (exit " + exit + "): " + err.join().strip() //$NON-NLS-1$ //$NON-NLS-2$
					+ "; " + HOW); //$NON-NLS-1$
		}
		List<String> unnamed = new ArrayList<>();
		int checked = -1;
		for (String line : out.join().split("\n")) { //$NON-NLS-1$
			if (line.startsWith("UNNAMED\t")) { //$NON-NLS-1$
				unnamed.add(line.substring("UNNAMED\t".length()).replace('\t', ' ')); //$NON-NLS-1$
			} else if (line.startsWith("CHECKED\t")) { //$NON-NLS-1$
				checked = Integer.parseInt(line.substring("CHECKED\t".length()).strip()); //$NON-NLS-1$
			}
		}
		if (checked < 0) {
			throw new AssertionError("the screen reader script said nothing readable: " + out.join() + err.join()); //$NON-NLS-1$
		}
		return new Reading(unnamed, checked);
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
