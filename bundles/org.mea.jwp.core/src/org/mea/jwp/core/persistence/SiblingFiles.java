package org.mea.jwp.core.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one writer of output files (programmes, reports, exports): a file is replaced completely or
 * not at all, whatever happens meanwhile (full disk, {@code kill -9}, a content writer that swallows
 * errors).
 * <ul>
 * <li>The content goes through a buffer into a hidden sibling of the target,
 * {@code .<name>.<pid>-<random>.part}, which is forced to disk and checked before it is moved over
 * the target (atomically where the file system can). An I/O error of the file fails the write even
 * when the content writer caught it (BIRT's emitters do).</li>
 * <li>The new file keeps the old one's permissions (and owner and group, as far as this process may
 * set them): a private file stays private. A new file gets the permissions of any new file (the
 * umask), unlike {@link Files#createTempFile}, which makes files only their owner can read.</li>
 * <li>A symbolic link stays a link: the file it leads to is replaced, next to which the temporary
 * file is made.</li>
 * <li>Temporary siblings left by a killed process (its pid is in the name and it no longer runs)
 * are removed by the next write of the same target.</li>
 * <li>Sibling names stay within the 255 bytes file systems allow: a long name is shortened to a
 * prefix, {@code ~} and a hash of the whole name.</li>
 * </ul>
 */
public final class SiblingFiles {

	/** The longest file name (in UTF-8 bytes) of common file systems. */
	static final int MAX_NAME_BYTES = 255;

	/** Bytes kept free in a temporary file's name for {@code .<pid>-<random><suffix>}. */
	private static final int TEMP_TAIL_BYTES = 40;

	private static final Pattern TEMP_TAIL = Pattern.compile("\\.(\\d{1,19})-[0-9a-f]{8}\\.(part|saving)"); //$NON-NLS-1$

	private static final int BUFFER_SIZE = 1 << 16;

	private SiblingFiles() {
	}

	/** What writes the new content of a file; {@code E} is what it may throw besides I/O errors. */
	@FunctionalInterface
	public interface Content<E extends Exception> {
		/** Writes the content to {@code out} (buffered; closing it is allowed and leaves the file open). */
		void writeTo(OutputStream out) throws IOException, E;
	}

	/** A last step before the new content replaces the file, run while other writers of it wait. */
	@FunctionalInterface
	public interface BeforeReplace {
		/** Called with the file about to be replaced (links followed); throwing stops the replacement. */
		void check(Path realTarget) throws IOException;
	}

	/**
	 * Replaces {@code target} with what {@code content} writes, completely or not at all (see the class
	 * comment). When writing fails (or throws anything), the target is left as it was, the temporary
	 * file is removed and the exception is passed on. Used by every command and wizard that writes a
	 * report or an export.
	 */
	public static <E extends Exception> Path replace(Path target, Content<E> content) throws IOException, E {
		return replace(target, "part", content, null); //$NON-NLS-1$
	}

	/**
	 * Like {@link #replace(Path, Content)}; with {@code beforeReplace}, it runs and the new file is
	 * moved in under an exclusive lock between processes (see {@link SiblingLock}), so that no other
	 * writer of the same file can check and replace it at the same time.
	 *
	 * @param kind {@code part} or {@code saving}: the temporary file's extension
	 * @return the file written: {@code target}, or the file it links to
	 */
	public static <E extends Exception> Path replace(Path target, String kind, Content<E> content,
			BeforeReplace beforeReplace) throws IOException, E {
		Path real = realTarget(target);
		removeStale(real);
		Path temp = createTemp(real, kind);
		try {
			Set<PosixFilePermission> permissions = permissionsOf(real);
			if (permissions != null) {
				// private from the first byte; writable by us until it is complete
				Set<PosixFilePermission> whileWriting = EnumSet.of(PosixFilePermission.OWNER_READ,
						PosixFilePermission.OWNER_WRITE);
				whileWriting.addAll(permissions);
				Files.setPosixFilePermissions(temp, whileWriting);
			}
			write(temp, content);
			if (beforeReplace == null) {
				moveInto(temp, real, permissions);
			} else {
				try (SiblingLock lock = SiblingLock.acquire(real)) {
					beforeReplace.check(real);
					moveInto(temp, real, permissionsOf(real));
				}
			}
			return real;
		} finally {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// what the write did (or why it failed) matters more than a temporary file left over,
				// which a write after this process has ended removes
			}
		}
	}

	private static <E extends Exception> void write(Path temp, Content<E> content) throws IOException, E {
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			FailureRecordingStream file = new FailureRecordingStream(Channels.newOutputStream(channel));
			OutputStream out = new BufferedOutputStream(file, BUFFER_SIZE);
			try {
				content.writeTo(out);
				out.flush();
			} catch (Exception e) {
				// the file's own error says best what went wrong (e.g. "No space left on device"),
				// whatever the content writer made of it
				IOException failure = file.failure();
				if (failure != null && failure != e) {
					failure.addSuppressed(e);
					throw failure;
				}
				throw e;
			}
			if (file.failure() != null) {
				throw file.failure(); // the content writer caught it and carried on: the file is incomplete
			}
			channel.force(true);
			if (channel.size() != file.written()) {
				throw new IOException("the file system kept " + channel.size() + " of " + file.written() //$NON-NLS-1$ //$NON-NLS-2$
						+ " bytes written"); //$NON-NLS-1$
			}
		}
	}

	private static void moveInto(Path temp, Path real, Set<PosixFilePermission> permissions) throws IOException {
		if (permissions != null) {
			Files.setPosixFilePermissions(temp, permissions);
			copyOwner(real, temp);
		}
		try {
			Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
		}
		forceFolder(real.getParent());
	}

	/** The permissions of an existing file on a POSIX file system, else {@code null}. */
	private static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
		if (!Files.exists(file) || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
			return null;
		}
		return Files.getPosixFilePermissions(file);
	}

	/** Gives {@code temp} the owner and group of {@code file} where this process may (root; a group it is in). */
	private static void copyOwner(Path file, Path temp) {
		try {
			PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
			PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
			PosixFileAttributes now = view.readAttributes();
			if (!old.group().equals(now.group())) {
				view.setGroup(old.group());
			}
			if (!old.owner().equals(now.owner())) {
				view.setOwner(old.owner());
			}
		} catch (IOException | UnsupportedOperationException notAllowed) {
			// an ordinary user cannot give files away: the file becomes theirs, as with any editor
		}
	}

	/** Makes the rename itself durable where the platform can sync a folder (not on Windows). */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException notSupported) {
			// the content is on disk already; only the rename may be lost in a power cut
		}
	}

	/**
	 * The file that writing {@code target} must replace: {@code target} itself, or the file its
	 * symbolic link(s) lead to (which need not exist yet), as an absolute path.
	 */
	public static Path realTarget(Path target) throws IOException {
		Path path = target.toAbsolutePath();
		for (int hops = 0; Files.isSymbolicLink(path); hops++) {
			if (hops > 40) {
				throw new FileSystemException(target.toString(), null, "too many levels of symbolic links"); //$NON-NLS-1$
			}
			path = path.getParent().resolve(Files.readSymbolicLink(path));
		}
		return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
	}

	/** Creates the empty temporary file for a write of {@code real}. */
	private static Path createTemp(Path real, String kind) throws IOException {
		String stem = "." + shorten(real.getFileName().toString(), TEMP_TAIL_BYTES + 1) + "."; //$NON-NLS-1$ //$NON-NLS-2$
		long pid = ProcessHandle.current().pid();
		for (int attempt = 0;; attempt++) {
			String random = String.format("%08x", ThreadLocalRandom.current().nextInt()); //$NON-NLS-1$
			try {
				return Files.createFile(real.resolveSibling(stem + pid + "-" + random + "." + kind)); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (FileAlreadyExistsException taken) {
				if (attempt > 100) {
					throw taken;
				}
			}
		}
	}

	/**
	 * Removes the temporary files of earlier writes of {@code real} whose process no longer runs
	 * (killed before it could clean up). Files of running processes, here or (on a shared folder)
	 * elsewhere with the same pid, are left alone; a failure to remove one does not stop the write.
	 */
	private static void removeStale(Path real) {
		String stem = "." + shorten(real.getFileName().toString(), TEMP_TAIL_BYTES + 1); //$NON-NLS-1$
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(real.getParent(),
				sibling -> sibling.getFileName().toString().startsWith(stem))) {
			for (Path sibling : siblings) {
				Matcher tail = TEMP_TAIL.matcher(sibling.getFileName().toString().substring(stem.length()));
				if (tail.matches() && ProcessHandle.of(Long.parseLong(tail.group(1))).isEmpty()
						&& Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(sibling);
				}
			}
		} catch (IOException | RuntimeException e) {
			// cleaning up is a courtesy; the write itself must not fail for it
		}
	}

	/**
	 * {@code prefix + name + suffix}, with {@code name} shortened so that the whole stays within
	 * {@value #MAX_NAME_BYTES} bytes (see {@link #shorten}).
	 */
	static String siblingName(Path target, String prefix, String suffix) {
		int reserve = utf8Length(prefix) + utf8Length(suffix);
		return prefix + shorten(target.getFileName().toString(), reserve) + suffix;
	}

	/**
	 * {@code name} itself when it leaves {@code reserve} bytes of the name limit free; otherwise its
	 * beginning (whole characters), {@code ~} and 8 hex digits of its hash, so that shortened names of
	 * different files still differ, and the same file always gets the same name.
	 */
	static String shorten(String name, int reserve) {
		if (utf8Length(name) + reserve <= MAX_NAME_BYTES) {
			return name;
		}
		String hash = "~" + String.format("%08x", name.hashCode()); //$NON-NLS-1$ //$NON-NLS-2$
		int room = MAX_NAME_BYTES - reserve - hash.length();
		StringBuilder kept = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < name.length();) {
			int codePoint = name.codePointAt(i);
			int size = utf8Length(new String(Character.toChars(codePoint)));
			if (bytes + size > room) {
				break;
			}
			kept.appendCodePoint(codePoint);
			bytes += size;
			i += Character.charCount(codePoint);
		}
		return kept + hash;
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}
}
