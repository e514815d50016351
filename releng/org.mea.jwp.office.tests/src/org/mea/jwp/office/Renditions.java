package org.mea.jwp.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ReportDesigns;
import org.mea.jwp.reports.ReportFormat;

/**
 * A design's files in the four formats a reader opens outside the workbench, and what LibreOffice
 * makes of the office ones: each design is rendered once per test run (the embedded programme, the
 * design's default parameters, as {@code jwp report --default}), into {@code jwp.office.out/<design>/}.
 * With {@code jwp.office.files} set, the files {@code <design>.<format>} of that folder are checked
 * instead (an older product's, say).
 */
final class Renditions {

	static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT,
			ReportFormat.XLSX);

	private static final Map<String, Renditions> RENDERED = new HashMap<>();
	/** Why a design could not be rendered or converted: told once to each test that needs it. */
	private static final Map<String, Exception> FAILED = new HashMap<>();
	private static Programme programme;

	private final Map<ReportFormat, Path> files = new EnumMap<>(ReportFormat.class);
	private final Map<ReportFormat, PdfLayout> layouts = new EnumMap<>(ReportFormat.class);

	private Renditions() {
	}

	/** {@code design} in every format of {@link #FORMATS}, rendered or taken on first use. */
	static synchronized Renditions of(String design) throws Exception {
		if (FAILED.containsKey(design)) {
			throw FAILED.get(design);
		}
		Renditions renditions = RENDERED.get(design);
		if (renditions == null) {
			renditions = new Renditions();
			try {
				renditions.make(design, output().resolve(design));
			} catch (Exception e) {
				FAILED.put(design, e);
				throw e;
			}
			RENDERED.put(design, renditions);
		}
		return renditions;
	}

	/** The file in {@code format}. */
	Path file(ReportFormat format) {
		return files.get(format);
	}

	/** The file in {@code format} as a reader sees it printed: BIRT's PDF itself, the others through LibreOffice. */
	synchronized PdfLayout printed(ReportFormat format) throws IOException {
		PdfLayout layout = layouts.get(format);
		if (layout == null) {
			Path file = files.get(format);
			layout = OfficeSuite.layout(format == ReportFormat.PDF ? file : OfficeSuite.pdfOf(file));
			layouts.put(format, layout);
		}
		return layout;
	}

	/** Whether the files come from {@code jwp.office.files} rather than from this build. */
	static boolean given() {
		return givenFolder() != null;
	}

	/** {@code jwp.office.files}; the build passes an unset property on as "" or "null". */
	private static String givenFolder() {
		String given = System.getProperty("jwp.office.files"); //$NON-NLS-1$
		return given == null || given.isBlank() || "null".equals(given) ? null : given; //$NON-NLS-1$
	}

	/** The embedded programme, read once. */
	static synchronized Programme programme() throws Exception {
		if (programme == null) {
			programme = ProgrammeStore.programme(DefaultProgramme.load());
		}
		return programme;
	}

	private void make(String design, Path folder) throws Exception {
		Files.createDirectories(folder);
		for (ReportFormat format : FORMATS) {
			Path file = folder.resolve(design + "." + format.extension()); //$NON-NLS-1$
			if (given()) {
				Path source = Path.of(givenFolder(), file.getFileName().toString());
				Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
			} else {
				try (OutputStream out = Files.newOutputStream(file)) {
					ReportDesigns.get().require(design).render(programme(), Map.of(), format, out);
				}
			}
			files.put(format, file);
		}
		for (ReportFormat format : List.of(ReportFormat.DOCX, ReportFormat.ODT, ReportFormat.XLSX)) {
			OfficeSuite.convertToPdf(files.get(format));
		}
	}

	private static Path output() {
		return Path.of(System.getProperty("jwp.office.out", "target/office")).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
