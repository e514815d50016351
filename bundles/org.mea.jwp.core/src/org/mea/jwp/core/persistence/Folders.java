package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folders a command makes for a while: a half-made project, a report document of a check. */
public final class Folders {

	private Folders() {
	}

	/** Deletes {@code folder} with everything in it; nothing when it does not exist. */
	public static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> all = Files.walk(folder)) {
			paths = all.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			Files.delete(path);
		}
	}
}
