package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;

/**
 * {@code jwp report}: arguments, clear messages with exit codes (the numbers docs/robustness.md
 * documents, not the command's constants), a report written whole with the parameters given.
 */
class ReportCommandTest {

	/** The design of this fragment (fragment.xml, designs/broken.rptdesign) whose expression throws while it renders. */
	private static final String BROKEN = "org.mea.jwp.cli.tests.broken";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void rendersTheProgressReportOfTheDefaultProgrammeToPdfWithTheParametersGiven() throws Exception {
		Path pdf = dir.resolve("stc41.pdf");
		assertEquals(0, run("--default", "--design", "progress", "--format", "pdf", "--out", pdf.toString(),
				"--param", "symbol=UNEP/CMS/StC41/Doc.99.9", "--param", "committee=CMS_STC",
				"--param", "author=Bonn office"), err());
		List<String> pages = pdfPages(Files.readAllBytes(pdf));
		String first = pages.get(0);
		// the committee's Convention, the symbol and the author given, not the defaults
		assertTrue(first.contains("MIGRATORY") && first.contains("Distribution: General"),
				"the committee given (CMS_STC): the first page of CMS documents: " + first);
		assertTrue(first.contains("UNEP/CMS/StC41/Doc.99.9"), "the symbol given on page 1: " + first);
		assertTrue(pages.get(1).contains("(Prepared by the Bonn office)"),
				"the author given, under the title on page 2: " + pages.get(1));
		assertFalse(first.contains("ENDANGERED SPECIES") || first.contains("SC65 Doc. 14.3"),
				"CITES's defaults: " + first);
		for (int page = 0; page < pages.size(); page++) {
			assertTrue(pages.get(page).replaceAll("\\s+", "").contains("UNEP/CMS/StC41/Doc.99.9\u2013p." + (page + 1)),
					"the footer with the symbol on page " + (page + 1) + ": " + pages.get(page));
		}
		try (var files = Files.list(dir)) {
			assertEquals(List.of(pdf), files.toList(), "no temporary file left");
		}
		// as readable as any new file here (a temporary file made with createTempFile would be 0600)
		Path plain = Files.createFile(dir.resolve("plain.txt"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(pdf));
	}

	@Test
	void writesTheParametersIntoDocxAndOdtToo() throws Exception {
		for (String format : List.of("docx", "odt")) {
			Path file = dir.resolve("sc99." + format);
			assertEquals(0, run("--default", "--design", "progress", "--format", format, "--out", file.toString(),
					"--param", "symbol=SC99 Doc. 7.7", "--param", "reportingDate=2013-06-30"), err());
			String text = zipPart(file, format.equals("docx") ? "word/document.xml" : "content.xml");
			assertTrue(text.contains("SC99 Doc. 7.7"), format + ": the symbol given");
			assertTrue(text.contains("As at 30 June 2013"), format + ": the reporting date given");
			assertFalse(text.contains("SC65 Doc. 14.3"), format + ": not the default symbol");
		}
	}

	private static List<String> pdfPages(byte[] pdf) throws Exception {
		org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
		try {
			org.openpdf.text.pdf.parser.PdfTextExtractor extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(
					reader);
			List<String> pages = new java.util.ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page).replace('\u00a0', ' '));
			}
			return pages;
		} finally {
			reader.close();
		}
	}

	/** The text of the part {@code name} of the zip package {@code file}, its tags left out. */
	private static String zipPart(Path file, String name) throws Exception {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			java.util.zip.ZipEntry entry = zip.getEntry(name);
			assertTrue(entry != null, file + " has no " + name);
			String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			return xml.replace("<![CDATA[", "").replace("]]>", "").replaceAll("<[^>]*>", "");
		}
	}

	@Test
	void wrongArgumentsAreNamedWithExitCode2() {
		assertEquals(2, run("--default", "--design", "budget", "--format", "pdf", "--out", "x.pdf"));
		assertTrue(err().contains("unknown design \"budget\""), err());
		assertEquals(2, run("--default", "--design", "progress", "--format", "rtf", "--out", "x.pdf"));
		assertTrue(err().contains("Unknown format \"rtf\"; use pdf, html, docx, odt or xlsx"), err());
		assertEquals(2, run("--default", "--design", "progress", "--format", "pdf", "--out", "x.pdf",
				"--param", "colour=red"));
		assertTrue(err().contains(
				"takes only cycle, committee, meeting, symbol, reportingDate, author, agenda, recommendations, language, not \"colour\""),
				err());
		assertEquals(2, run("--design", "progress", "--format", "pdf", "--out", "x.pdf"));
		assertTrue(err().contains("--model FILE or --default"), err());
		assertEquals(2, run("--default", "--design", "progress", "--format", "pdf", "--out", "x.pdf",
				"--param", "reportingDate=next year"));
		assertTrue(err().contains("reportingDate \"next year\" is not a date"), err());
		assertEquals(2,
				run("--default", "--design", "final", "--format", "pdf", "--out", "x.pdf", "--param", "language=de"));
		assertTrue(err().contains("language \"de\" is not one of en, fr, es"), err());
		assertEquals(2, run("--frobnicate"));
		assertTrue(err().contains("Usage: jwp report"), "usage is shown");
	}

	@Test
	void theCycleParameterTakesTheMeetingAsTheId() throws Exception {
		for (String cycle : List.of("sc62", "SC62", "cycle-sc62")) {
			Path html = dir.resolve(cycle + ".html");
			assertEquals(0, run("--default", "--design", "progress", "--format", "html", "--out", html.toString(),
					"--param", "cycle=" + cycle), err());
			String text = Files.readString(html);
			assertTrue(text.contains("SC62 Doc. 14.3") && !text.contains("SC65 Doc. 14.3"),
					cycle + ": the symbol of the SC62 cycle");
		}
	}

	@Test
	void missingOrBrokenModelsAreNamedWithExitCode3() throws Exception {
		Path missing = dir.resolve("nowhere.jwp");
		assertEquals(3, run("--model", missing.toString(), "--design", "progress", "--format", "pdf",
				"--out", dir.resolve("r.pdf").toString()));
		assertTrue(err().contains("nowhere.jwp"), err());
		Path broken = Files.writeString(dir.resolve("broken.jwp"), "<?xml version=\"1.0\"?>\n<jwp:Programme\n");
		assertEquals(3, run("--model", broken.toString(), "--design", "progress", "--format", "pdf",
				"--out", dir.resolve("r.pdf").toString()));
		assertTrue(err().contains("broken.jwp") && err().contains("line"), err());
		assertEquals(3, run("--default", "--design", "progress", "--format", "pdf", "--out",
				dir.resolve("r.pdf").toString(), "--param", "meeting=mtg-nowhere"));
		assertTrue(err().contains("mtg-nowhere"), err());
		assertFalse(Files.exists(dir.resolve("r.pdf")), "nothing written");
	}

	@Test
	void anUnwritableOutputIsNamedWithExitCode5() {
		Path target = dir.resolve("no-such-folder/report.pdf");
		assertEquals(5, run("--default", "--design", "progress", "--format", "pdf", "--out",
				target.toString()));
		assertTrue(err().contains("no-such-folder") && err().contains("does not exist"), err());
	}

	@Test
	void aFullDiskIsExitCode5AndThePreviousReportStaysAsItWas() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), "1m")) {
			Path pdf = Files.writeString(disk.folder().resolve("status.pdf"), "the previous status report");
			Path html = Files.writeString(disk.folder().resolve("progress.html"), "the previous progress report");
			disk.fill();
			for (Path report : List.of(pdf, html)) {
				byte[] before = Files.readAllBytes(report);
				String name = report.getFileName().toString();
				assertEquals(5, run("--default", "--design", name.substring(0, name.indexOf('.')),
						"--format", name.substring(name.indexOf('.') + 1), "--out", report.toString()), err());
				assertEquals(1, err().lines().count(), "one line: " + err());
				assertTrue(err().startsWith("jwp report: cannot write " + report + ": No space left on device"), err());
				assertTrue(err().contains("unchanged"), err());
				assertFalse(out.toString(StandardCharsets.UTF_8).contains("wrote"));
				assertArrayEquals(before, Files.readAllBytes(report), "the previous report is kept");
			}
			try (var files = Files.list(disk.folder())) {
				assertEquals(List.of("filler", "filler2", "progress.html", "status.pdf"),
						files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
			}
		}
	}

	/**
	 * Exit code 6, "the design has errors" in docs/robustness.md, produced for real: the design reads
	 * well and its data are prepared, then BIRT meets the expression that throws while it renders
	 * (and writes the rest of the PDF without it). The line names the element; the previous report
	 * must survive that whole.
	 */
	@Test
	void aDesignThatFailsWhileRenderingIsExitCode6AndThePreviousReportStaysAsItWas() throws Exception {
		Path previous = Files.writeString(dir.resolve("report.pdf"), "the previous report");
		assertEquals(6, run("--default", "--design", BROKEN, "--format", "pdf", "--out", previous.toString()), err());
		assertEquals("jwp report: design " + BROKEN
				+ ": data item of column \"failure\" (id 3, line 9): Error: the test design fails on purpose"
				+ System.lineSeparator(), err(), "one line naming the design, the element and the reason");
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("wrote"), "no report claimed");
		byte[] now = Files.readAllBytes(previous);
		assertArrayEquals("the previous report".getBytes(StandardCharsets.UTF_8), now,
				"the previous file is kept, not the failed report; it begins "
						+ new String(now, 0, Math.min(now.length, 20), StandardCharsets.ISO_8859_1));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(previous), files.toList(), "no temporary file left");
		}
	}

	@Test
	void aProgrammeWithoutACommitteeIsNamedWithExitCode3() throws Exception {
		Path model = dir.resolve("no-committee.jwp");
		org.eclipse.emf.ecore.resource.Resource resource = DefaultProgramme.load();
		// the Standing Committees deleted as the editor deletes, with the references to them
		List.copyOf(ProgrammeStore.programme(resource).getBodies()).stream()
				.filter(body -> body.getKind() == org.mea.jwp.model.BodyKind.STANDING_COMMITTEE)
				.forEach(body -> org.eclipse.emf.ecore.util.EcoreUtil.delete(body, true));
		new ProgrammeStore().save(resource, model);
		Path pdf = dir.resolve("report.pdf");
		assertEquals(3,
				run("--model", model.toString(), "--design", "progress", "--format", "pdf", "--out", pdf.toString()),
				err());
		assertTrue(
				err().contains("the programme has no committee to report to: add a Standing Committee to its bodies"),
				err());
		assertFalse(Files.exists(pdf), "nothing written");
	}

	@Test
	void anOutputThatIsTheModelIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		byte[] before = Files.readAllBytes(model);
		assertEquals(2, run("--model", model.toString(), "--design", "status", "--format", "pdf", "--out",
				model.toString()));
		assertTrue(err().startsWith("jwp report: --out " + model + " is the same file as --model " + model), err());
		Path link = Files.createSymbolicLink(dir.resolve("report.pdf"), model);
		assertEquals(2, run("--model", model.toString(), "--design", "status", "--format", "pdf", "--out",
				link.toString()), "the same file under another name");
		assertArrayEquals(before, Files.readAllBytes(model), "the programme is untouched");
		assertFalse(Files.exists(ProgrammeStore.backupOf(model)));
	}

	@Test
	void writesAnExcelWorkbookWithTheReportingDateGiven() throws Exception {
		Path xlsx = dir.resolve("status.xlsx");
		assertEquals(0, run("--default", "--design", "status", "--format", "XLSX", "--out", xlsx.toString(),
				"--param", "reportingDate=2013-12-31"), err());
		String strings = zipPart(xlsx, "xl/sharedStrings.xml");
		assertTrue(strings.contains("as at 31 December 2013"), "the reporting date given, in the workbook: " + strings);
		assertTrue(strings.contains("STATUS OVERVIEW"), strings);
		assertEquals(0, run("--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("pdf, html, docx, odt or xlsx"),
				"the help lists xlsx");
	}

	@Test
	void listNamesTheDesigns() {
		assertEquals(0, run("--list"));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		// JWP Workbench's own five first, then the plug-ins': here the broken ones this fragment contributes
		assertEquals(List.of("progress", "final", "status", "species", "calendar", "org.mea.jwp.cli.tests.unbound",
				BROKEN),
				lines.stream().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList(),
				"designs first column");
		assertTrue(lines.contains(BROKEN + "  Fails while rendering (test)  (Tests; pdf, html)"), lines.toString());
		assertTrue(lines.get(0).contains(
				"Progress report to the Standing Committee  (Standing Committee documents; pdf, html, docx, odt, xlsx)"),
				lines.get(0));
		assertTrue(lines.contains("    reportingDate (date)  Default: the last day of the programme's period"),
				lines.toString());
	}

	@Test
	void speciesAndCalendarTakeOnlyTheReportingDate() throws Exception {
		Path html = dir.resolve("species.html");
		assertEquals(0, run("--default", "--design", "species", "--format", "html", "--out", html.toString(),
				"--param", "reportingDate=2013-12-31"), err());
		assertTrue(Files.readString(html).contains("as at 31 December 2013"));
		assertEquals(2, run("--default", "--design", "calendar", "--format", "pdf", "--out",
				dir.resolve("c.pdf").toString(), "--param", "committee=CITES_SC"));
		assertTrue(err().contains("takes only reportingDate"), err());
	}
}
