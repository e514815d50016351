package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

	/** What writes the new content of a file; {@code E} is what it may throw besides I/O errors. */
	@FunctionalInterface
	public interface Content<E extends Exception> {
		/** Writes the content to {@code out}. */
		void writeTo(OutputStream out) throws IOException, E;
	}

	/**
	 * Replaces {@code target} with what {@code content} writes, completely or not at all: the content
	 * goes to a sibling (see {@link #create}), which is then moved over the target, atomically where
	 * the file system can. When writing fails (or throws anything), the target is left as it was and
	 * the sibling is removed. Used by every command and wizard that writes a report or an export.
	 */
	public static <E extends Exception> void replace(Path target, Content<E> content) throws IOException, E {
		Path temp = create(target, ".part"); //$NON-NLS-1$
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
