package org.mea.jwp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A file system of its own for a test, small enough to fill: a tmpfs mounted on a folder (this needs
 * root, as in the build containers); where it cannot be mounted the test is skipped and says why.
 */
final class SmallDisk implements AutoCloseable {

	private final Path folder;

	private SmallDisk(Path folder) {
		this.folder = folder;
	}

	/** Mounts a tmpfs of {@code size} (e.g. "2m") on a new folder {@code folder}. */
	static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		String problem = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Assumptions.assumeTrue(problem == null, () -> "cannot make a small file system to fill here: " + problem); //$NON-NLS-1$
		return new SmallDisk(folder);
	}

	/** The mounted folder. */
	Path folder() {
		return folder;
	}

	/** Writes a filler file until the file system refuses more: the disk is full. */
	void fill() throws IOException {
		byte[] block = new byte[4096];
		try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) { //$NON-NLS-1$
			for (;;) {
				out.write(block);
			}
		} catch (IOException full) {
			// no space left: what the test wants
		}
		try (OutputStream out = Files.newOutputStream(folder.resolve("filler2"))) { //$NON-NLS-1$
			for (;;) {
				out.write(0); // the last bytes of a partly used block
				out.flush();
			}
		} catch (IOException full) {
			// now not even a byte fits
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		run("umount", "-l", folder.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs a command; returns null when it succeeded, else what it said. */
	private static String run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		} catch (IOException e) {
			return e.getMessage();
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return String.join(" ", command) + " did not finish"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		return process.exitValue() == 0 ? null : String.join(" ", command) + ": " + output; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
