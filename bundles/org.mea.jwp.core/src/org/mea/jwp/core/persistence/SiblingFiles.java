package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files next to a file about to be replaced, for writes that must happen completely or
 * not at all (write the sibling, then move it over the target). Unlike
 * {@link Files#createTempFile}, which makes files only their owner can read, the sibling gets the
 * permissions of any new file (the umask), so the moved file is as readable as a file saved by
 * any other program.
 */
public final class SiblingFiles {

	private SiblingFiles() {
	}

	/** Creates an empty, hidden file in the folder of {@code target}, named after it and ending in {@code suffix}. */
	public static Path create(Path target, String suffix) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		for (int attempt = 0;; attempt++) {
			Path sibling = folder.resolve("." + target.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
					+ Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + suffix);
			try {
				return Files.createFile(sibling);
			} catch (FileAlreadyExistsException taken) {
				if (attempt > 100) {
					throw taken;
				}
			}
		}
	}
}
