package org.mea.jwp.core.persistence;

import org.eclipse.osgi.util.NLS;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Programme;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes programme files safely.
 * <ul>
 * <li>Loading happens in a fresh resource set; on any problem it is unloaded and a
 * {@link ProgrammeFileException} names the file, line, column and reason, so nothing half-loaded
 * reaches the caller.</li>
 * <li>Saving goes through {@link SiblingFiles}: a temporary file next to the target, forced to
 * disk, keeping the previous version as {@code <name>.bak}, then renamed over the target. A failure
 * at any point leaves the existing file as it was.</li>
 * <li>Loading a file remembers a fingerprint of its bytes with the resource; a save to the same file
 * refuses to overwrite it when another program changed it meanwhile ({@link ProgrammeChangedException}).</li>
 * </ul>
 */
public class ProgrammeStore {

	/** Suffix of the one backup kept next to a saved file. */
	public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

	private static final String NOT_UTF8 = Messages.ProgrammeStore_notUtf8;

	private final UnaryOperator<OutputStream> streamDecorator;

	public ProgrammeStore() {
		this(UnaryOperator.identity());
	}

	/** For tests: lets them interrupt a save by decorating the output stream. */
	ProgrammeStore(UnaryOperator<OutputStream> streamDecorator) {
		this.streamDecorator = streamDecorator;
	}

	/** Loads the programme file into a new resource set. */
	public Resource load(Path file) throws ProgrammeFileException {
		if (!Files.exists(file)) {
			throw new ProgrammeFileException(file, 0, 0, Messages.ProgrammeStore_noSuchFile, null);
		}
		if (!Files.isRegularFile(file)) {
			throw new ProgrammeFileException(file, 0, 0, Messages.ProgrammeStore_notAFile, null);
		}
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new ProgrammeFileException(file, 0, 0, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (size > BoundedInput.PROGRAMME_LIMIT) {
			// refused before reading: a file this size would exhaust the memory long before it loaded
			throw new ProgrammeFileException(file, 0, 0,
					NLS.bind(Messages.ProgrammeStore_tooLarge, BoundedInput.PROGRAMME_LIMIT >> 20), null);
		}
		try (FileFingerprint.Reading reading = new FileFingerprint.Reading(file)) {
			Resource resource = load(reading.stream(), URI.createFileURI(file.toAbsolutePath().toString()), file);
			reading.attachTo(resource); // what a later save checks the file against
			return resource;
		} catch (ProgrammeFileException e) {
			throw e;
		} catch (IOException e) {
			throw new ProgrammeFileException(file, 0, 0, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * Loads a programme from a stream; {@code uri} becomes the resource's URI and {@code file}
	 * (may be null) is named in messages.
	 */
	public Resource load(InputStream in, URI uri, Path file) throws ProgrammeFileException {
		Resource resource = JwpResourceFactory.newResource(uri); // the same loader whatever the file's name
		try {
			resource.load(in, Map.of());
			if (!resource.getErrors().isEmpty()) {
				throw translate(file, resource.getErrors().get(0));
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Programme)) {
				String found = resource.getContents().isEmpty() ? Messages.ProgrammeStore_nothing
						: resource.getContents().get(0).eClass().getName();
				throw new ProgrammeFileException(file, 0, 0, NLS.bind(Messages.ProgrammeStore_noProgramme, found),
						null);
			}
			checkVersion(file, (Programme) resource.getContents().get(0));
			return resource;
		} catch (ProgrammeFileException e) {
			resource.unload();
			throw e;
		} catch (IOException | RuntimeException e) {
			resource.unload();
			throw translate(file, e);
		}
	}

	private static void checkVersion(Path file, Programme programme) throws ProgrammeFileException {
		String version = programme.getFormatVersion();
		if (version == null) {
			return; // written before versions were recorded: format 1.0
		}
		int major;
		try {
			major = Integer.parseInt(version.split("\\.")[0]); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			throw new ProgrammeFileException(file, 0, 0, NLS.bind(Messages.ProgrammeStore_unreadableVersion, version),
					e);
		}
		if (major > Integer.parseInt(JwpResource.FORMAT_VERSION.split("\\.")[0])) { //$NON-NLS-1$
			throw new ProgrammeFileException(file, 0, 0, NLS.bind(Messages.ProgrammeStore_newerFormat, version,
					JwpResource.FORMAT_VERSION), null);
		}
	}

	/** Turns whatever EMF or the XML parser threw into a message with line and column. */
	static ProgrammeFileException translate(Path file, Object problem) {
		Throwable cause = problem instanceof Throwable t ? t : null;
		while (cause instanceof WrappedException || cause instanceof Resource.IOWrappedException) {
			if (cause.getCause() == null || cause.getCause() == cause) {
				break;
			}
			cause = cause.getCause();
		}
		ProgrammeFileException notUtf8 = notUtf8(file, cause);
		if (notUtf8 != null) {
			return notUtf8;
		}
		if (cause instanceof SAXParseException sax) {
			return new ProgrammeFileException(file, sax.getLineNumber(), sax.getColumnNumber(), describeSax(sax), sax);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return new ProgrammeFileException(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic),
					cause);
		}
		if (problem instanceof Resource.Diagnostic diagnostic) {
			return new ProgrammeFileException(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic),
					cause);
		}
		String reason = cause == null ? String.valueOf(problem) : cause.getMessage();
		return new ProgrammeFileException(file, 0, 0, NLS.bind(Messages.ProgrammeStore_unreadable, reason), cause);
	}

	/**
	 * For a byte sequence that is not UTF-8, the exception with the line and column where it is
	 * (inside OSGi the parser gives neither); null for other problems, for a stream, or when the
	 * file cannot be read again.
	 */
	private static ProgrammeFileException notUtf8(Path file, Throwable cause) {
		Throwable conversion = cause;
		while (conversion != null && !(conversion instanceof CharConversionException)) {
			conversion = conversion.getCause() == conversion ? null : conversion.getCause();
		}
		if (conversion == null || file == null) {
			return null;
		}
		try (InputStream in = Files.newInputStream(file)) {
			Utf8Position at = Utf8Position.firstMalformed(in);
			return at == null ? null : new ProgrammeFileException(file, at.line(), at.column(), NOT_UTF8, cause);
		} catch (IOException e) {
			return null;
		}
	}

	private static String describeSax(SAXParseException sax) {
		String message = String.valueOf(sax.getMessage());
		if (message.contains("DOCTYPE")) { //$NON-NLS-1$
			return Messages.ProgrammeStore_doctype;
		}
		if (message.contains("UTF-8 sequence")) { //$NON-NLS-1$
			return NOT_UTF8;
		}
		if (message.contains("Premature end of file")) { //$NON-NLS-1$
			return Messages.ProgrammeStore_endsEarly;
		}
		return NLS.bind(Messages.ProgrammeStore_notWellFormed, message);
	}

	private static String describe(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof FeatureNotFoundException e) {
			return NLS.bind(Messages.ProgrammeStore_unknownFeature, e.getName());
		}
		if (diagnostic instanceof ClassNotFoundException e) {
			return NLS.bind(Messages.ProgrammeStore_unknownType, e.getName());
		}
		if (diagnostic instanceof IllegalValueException e) {
			// a reference's value is an element: name it, not its toString() ("TaxonImpl@1b2c...")
			Object value = e.getValue() instanceof EObject element ? Labels.of(element) : e.getValue();
			return NLS.bind(Messages.ProgrammeStore_illegalValue, value, e.getFeature().getName());
		}
		if (diagnostic instanceof UnresolvedReferenceException e) {
			return NLS.bind(Messages.ProgrammeStore_unresolved, e.getReference());
		}
		return diagnostic.getMessage();
	}

	/**
	 * Saves the resource to {@code file} atomically, keeping the previous version as a backup (see
	 * {@link #backupOf}). A symbolic link stays a link: the file it leads to is saved, and backed up
	 * next to it. The file keeps its permissions.
	 *
	 * @throws ProgrammeChangedException when {@code file} is the file the resource was read from or
	 *             last saved to, and another program changed it since; nothing was written
	 * @throws ProgrammeFileException when the file cannot be written; the existing file is unchanged
	 */
	public void save(Resource resource, Path file) throws ProgrammeFileException {
		save(resource, file, false);
	}

	/**
	 * Like {@link #save(Resource, Path)}; with {@code overwriteChanges}, what another program saved to
	 * the file meanwhile is replaced (the user chose to). The check of the file and the move of the new
	 * version happen under a lock shared with every other save of the file, so of two saves of the same
	 * loaded state, in two processes or one, only the first succeeds.
	 */
	public void save(Resource resource, Path file, boolean overwriteChanges) throws ProgrammeFileException {
		Path target = file.toAbsolutePath();
		MessageDigest written = FileFingerprint.sha256();
		try {
			Files.createDirectories(target.getParent());
			Path real = SiblingFiles.replace(target, "saving", out -> { //$NON-NLS-1$
				try (OutputStream stream = streamDecorator.apply(new DigestOutputStream(out, written))) {
					resource.save(stream, Map.of());
				}
			}, existing -> {
				if (!overwriteChanges && FileFingerprint.changedOnDisk(resource, existing)) {
					throw new ProgrammeChangedException(target);
				}
				if (Files.exists(existing)) {
					Files.copy(existing, backupOf(existing), StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.COPY_ATTRIBUTES);
				}
			});
			FileFingerprint.set(resource, real, written.digest());
			resource.setModified(false);
		} catch (ProgrammeChangedException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			String reason = e instanceof NoSuchFileException
					? NLS.bind(Messages.ProgrammeStore_noFolder, e.getMessage())
					: e.getMessage();
			throw new ProgrammeFileException(target, 0, 0,
					NLS.bind(Messages.ProgrammeStore_notSaved, reason), e);
		}
	}

	/**
	 * Gives {@code to} what {@code from} knows of its file (what was read), for a reload that moves
	 * freshly loaded contents into a resource that stays in use; a later save of {@code to} then checks
	 * the file against the reloaded version.
	 */
	public static void adoptFileState(Resource from, Resource to) {
		FileFingerprint.copy(from, to);
	}

	/**
	 * Where the backup of {@code file} is kept: next to it, named {@code <name>.bak}. When that name
	 * would exceed the 255 bytes file systems allow, the name part is shortened to its beginning,
	 * {@code ~} and 8 hex digits of a hash of the whole name (e.g.
	 * {@code Very long title…~1a2b3c4d.bak}), so it still shows whose backup it is.
	 */
	public static Path backupOf(Path file) {
		return file.resolveSibling(SiblingFiles.siblingName(file, "", BACKUP_SUFFIX)); //$NON-NLS-1$
	}

	/** The programme of a loaded resource. */
	public static Programme programme(Resource resource) {
		EObject root = resource.getContents().get(0);
		return (Programme) root;
	}
}
