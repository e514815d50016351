package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock between processes on one file's check-and-replace, held on a small hidden sibling
 * ({@code .<name>.lock}) that is removed again on {@link #close()}, so no lock files pile up next to
 * the user's files.
 * <p>
 * Removing a lock file is only safe if a process that waited for the lock can tell that the file it
 * locked was removed meanwhile (otherwise it and a newcomer that created a fresh lock file would both
 * hold "the" lock). The holder therefore writes a unique token into the file it locked and reads it
 * back by name: only if the name still leads to its file does it hold the lock; otherwise it tries
 * again.
 * <p>
 * File locks belong to the whole Java process (a second lock from the same process fails instead of
 * waiting), so threads of this process first take turns on {@link #IN_THIS_PROCESS}: a workbench
 * saving while a background job writes, or tests running commands side by side.
 */
final class SiblingLock implements AutoCloseable {

	private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

	private final Path path;
	private final FileChannel channel;

	private SiblingLock(Path path, FileChannel channel) {
		this.path = path;
		this.channel = channel;
	}

	/** Waits for the lock of {@code target} (a real path, not a link). */
	static SiblingLock acquire(Path target) throws IOException {
		IN_THIS_PROCESS.lock();
		try {
			return acquireFile(target);
		} catch (IOException | RuntimeException e) {
			IN_THIS_PROCESS.unlock();
			throw e;
		}
	}

	private static SiblingLock acquireFile(Path target) throws IOException {
		Path path = target.resolveSibling(SiblingFiles.siblingName(target, ".", ".lock")); //$NON-NLS-1$ //$NON-NLS-2$
		for (;;) {
			FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			try {
				channel.lock();
				byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID()) //$NON-NLS-1$
						.getBytes(StandardCharsets.US_ASCII);
				channel.truncate(0);
				channel.write(ByteBuffer.wrap(token), 0);
				if (Arrays.equals(token, Files.readAllBytes(path))) {
					return new SiblingLock(path, channel);
				}
			} catch (NoSuchFileException removedMeanwhile) {
				// the previous holder removed it: try again with a new one
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
			channel.close(); // releases the lock on a file nobody reaches by name any more
		}
	}

	/** Removes the lock file, then releases the lock. */
	@Override
	public void close() throws IOException {
		try {
			Files.deleteIfExists(path);
		} finally {
			try {
				channel.close();
			} finally {
				IN_THIS_PROCESS.unlock();
			}
		}
	}
}
