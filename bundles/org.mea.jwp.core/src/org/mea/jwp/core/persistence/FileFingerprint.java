package org.mea.jwp.core.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a resource last read from or wrote to its file: the file (links followed) and a SHA-256 of its
 * bytes, kept as an adapter on the resource. {@link ProgrammeStore#save} compares it with the file on
 * disk, so that a save never silently overwrites what another program (another {@code jwp} command,
 * another workbench) saved in between. Content, not modification time: times are coarse on some file
 * systems and can be set back.
 */
final class FileFingerprint extends AdapterImpl {

	private final Path file;
	private final byte[] sha256;

	private FileFingerprint(Path file, byte[] sha256) {
		this.file = file;
		this.sha256 = sha256;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == FileFingerprint.class;
	}

	/** The fingerprint of {@code resource}, or {@code null} (not read from or saved to a file). */
	static FileFingerprint of(Resource resource) {
		return (FileFingerprint) EcoreUtil.getExistingAdapter(resource, FileFingerprint.class);
	}

	/** Records that {@code resource} matches {@code file} (a real path) whose bytes hash to {@code sha256}. */
	static void set(Resource resource, Path file, byte[] sha256) {
		FileFingerprint old = of(resource);
		if (old != null) {
			resource.eAdapters().remove(old);
		}
		resource.eAdapters().add(new FileFingerprint(file, sha256));
	}

	/** Gives {@code to} the fingerprint of {@code from} (a reload that keeps the resource object). */
	static void copy(Resource from, Resource to) {
		FileFingerprint fingerprint = of(from);
		if (fingerprint == null) {
			FileFingerprint old = of(to);
			if (old != null) {
				to.eAdapters().remove(old);
			}
		} else {
			set(to, fingerprint.file, fingerprint.sha256);
		}
	}

	/**
	 * Whether {@code real} (links followed) is the file {@code resource} was read from or saved to,
	 * but its bytes are no longer those. A file that was deleted meanwhile is not "changed": writing it
	 * again loses nothing.
	 */
	static boolean changedOnDisk(Resource resource, Path real) throws IOException {
		FileFingerprint fingerprint = of(resource);
		if (fingerprint == null || !fingerprint.file.equals(real) || !Files.exists(real)) {
			return false;
		}
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(real), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return !Arrays.equals(fingerprint.sha256, digest.digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** Reading a file while hashing its bytes, for {@link ProgrammeStore#load(Path)}. */
	static final class Reading implements AutoCloseable {
		private final Path file;
		private final DigestInputStream in;

		Reading(Path file) throws IOException {
			this.file = file;
			in = new DigestInputStream(Files.newInputStream(file), sha256());
		}

		/** The file's bytes; the parser may close this view, the file stays open until {@link #close()}. */
		InputStream stream() {
			return new FilterInputStream(in) {
				@Override
				public void close() {
					// the rest of the file is still to be hashed
				}
			};
		}

		/** Hashes what the parser did not read and records the fingerprint on {@code resource}. */
		void attachTo(Resource resource) throws IOException {
			in.transferTo(OutputStream.nullOutputStream());
			set(resource, file.toRealPath(), in.getMessageDigest().digest());
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
