package org.mea.jwp.cli;

import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * The folder a command's relative file names start from. A command started by the start script
 * runs in its user's folder, which is the JVM's; a command run by the {@link CommandServer} runs
 * in the server's JVM for a client in another folder, and Java cannot change a running process's
 * folder ({@code user.dir} is read once at start-up). So every file name a command takes from its
 * arguments goes through {@link #resolve}, which starts it from the client's folder while the
 * server runs a command for it (commands run one at a time, each on the thread that reads its
 * arguments).
 */
final class WorkingDirectory {

	private static final ThreadLocal<Path> CLIENTS = new ThreadLocal<>();

	private WorkingDirectory() {
	}

	/** {@code name} as a path: relative to the client's folder inside {@link #runIn}, else as it is. */
	static Path resolve(String name) {
		Path path = Path.of(name);
		Path folder = CLIENTS.get();
		return folder == null ? path : folder.resolve(path);
	}

	/** Runs {@code command} with relative names starting from {@code folder}; returns its result. */
	static int runIn(Path folder, IntSupplier command) {
		Path before = CLIENTS.get();
		CLIENTS.set(folder);
		try {
			return command.getAsInt();
		} finally {
			CLIENTS.set(before);
		}
	}
}
