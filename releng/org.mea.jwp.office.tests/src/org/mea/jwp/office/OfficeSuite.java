package org.mea.jwp.office;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.opentest4j.TestAbortedException;

/**
 * The office suite and the PDF reader the tests look through: LibreOffice's {@code soffice}
 * converting documents to PDF headless, and poppler's {@code pdftotext} reading where the words
 * stand. Both are programs, not libraries, so they run as processes; LibreOffice with a profile of
 * its own under the output folder, so that two builds never share one.
 */
final class OfficeSuite {

	private static final long TIMEOUT_SECONDS = 300;

	private OfficeSuite() {
	}

	/**
	 * Stops the calling test when {@code program} is not on the PATH: skipped on a desktop without
	 * LibreOffice, failed under CI (which installs it).
	 */
	static Path require(String program, String debianPackage) {
		Optional<Path> found = onPath(program);
		if (found.isPresent()) {
			return found.get();
		}
		String missing = program + " is not installed (Debian: apt-get install " + debianPackage + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		if (System.getenv("CI") != null) { //$NON-NLS-1$
			throw new IllegalStateException(missing + "; .ci/run should have installed it"); //$NON-NLS-1$
		}
		throw new TestAbortedException(missing);
	}

	/**
	 * Converts {@code document} to PDF with LibreOffice, into {@link #pdfOf(Path)}. The profile
	 * ({@code <document's folder>/lo/profile}) is kept for the next conversion, which then starts faster.
	 */
	static Path convertToPdf(Path document) throws IOException {
		Path soffice = require("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui"); //$NON-NLS-1$ //$NON-NLS-2$
		Path pdf = pdfOf(document);
		Path folder = Files.createDirectories(pdf.getParent());
		Path log = folder.resolve("soffice.log"); //$NON-NLS-1$
		run(List.of(soffice.toString(), "--headless", "--norestore", //$NON-NLS-1$ //$NON-NLS-2$
				"-env:UserInstallation=" + document.resolveSibling("lo").resolve("profile").toUri(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--convert-to", "pdf", "--outdir", folder.toString(), document.toString()), log); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!Files.isRegularFile(pdf)) {
			throw new IOException("LibreOffice did not convert " + document.getFileName() + " (see " + log + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return pdf;
	}

	/**
	 * Where {@link #convertToPdf(Path)} puts the PDF of {@code document}: {@code lo/<extension>/}
	 * beside it (the PDFs of progress.docx and progress.odt would have one name).
	 */
	static Path pdfOf(Path document) {
		String name = document.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return document.resolveSibling("lo").resolve(name.substring(dot + 1)).resolve(name.substring(0, dot) + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The words of {@code pdf} where they stand. */
	static PdfLayout layout(Path pdf) throws IOException {
		Path pdftotext = require("pdftotext", "poppler-utils"); //$NON-NLS-1$ //$NON-NLS-2$
		Path xhtml = pdf.resolveSibling(pdf.getFileName() + ".layout.html"); //$NON-NLS-1$
		run(List.of(pdftotext.toString(), "-bbox-layout", pdf.toString(), xhtml.toString()), //$NON-NLS-1$
				pdf.resolveSibling(pdf.getFileName() + ".pdftotext.log")); //$NON-NLS-1$
		return PdfLayout.read(xhtml);
	}

	private static void run(List<String> command, Path log) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException(command.get(0) + " interrupted", e); //$NON-NLS-1$
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Files.readString(log, StandardCharsets.UTF_8).strip());
		}
	}

	private static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH"); //$NON-NLS-1$
		if (path == null) {
			return Optional.empty();
		}
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
