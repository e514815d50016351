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

/** {@code jwp report}: arguments, clear messages with exit codes, and a report written whole. */
class ReportCommandTest {

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
	void rendersTheProgressReportOfTheDefaultProgrammeToPdf() throws Exception {
		Path pdf = dir.resolve("sc65.pdf");
		assertEquals(ReportCommand.OK, run("--default", "--design", "progress", "--format", "pdf", "--out", pdf.toString(),
				"--param", "symbol=SC65 Doc. 14.3", "--param", "committee=CITES_SC"), err());
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
		assertTrue(bytes.length > 20_000, "a real document: " + bytes.length + " bytes");
		try (var files = Files.list(dir)) {
			assertEquals(List.of(pdf), files.toList(), "no temporary file left");
		}
		// as readable as any new file here (a temporary file made with createTempFile would be 0600)
		Path plain = Files.createFile(dir.resolve("plain.txt"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(pdf));
	}

	@Test
	void wrongArgumentsAreNamedWithExitCode2() {
		assertEquals(ReportCommand.USAGE, run("--default", "--design", "budget", "--format", "pdf", "--out", "x.pdf"));
		assertTrue(err().contains("unknown design \"budget\""), err());
		assertEquals(ReportCommand.USAGE, run("--default", "--design", "progress", "--format", "rtf", "--out", "x.pdf"));
		assertTrue(err().contains("Unknown format \"rtf\"; use pdf, html, docx, odt or xlsx"), err());
		assertEquals(ReportCommand.USAGE, run("--default", "--design", "progress", "--format", "pdf", "--out", "x.pdf",
				"--param", "colour=red"));
		assertTrue(err().contains("takes only cycle, committee, meeting, symbol, reportingDate, author, agenda, recommendations, not \"colour\""),
				err());
		assertEquals(ReportCommand.USAGE, run("--design", "progress", "--format", "pdf", "--out", "x.pdf"));
		assertTrue(err().contains("--model FILE or --default"), err());
		assertEquals(ReportCommand.USAGE, run("--default", "--design", "progress", "--format", "pdf", "--out", "x.pdf",
				"--param", "reportingDate=next year"));
		assertTrue(err().contains("reportingDate \"next year\" is not a date"), err());
		assertEquals(ReportCommand.USAGE, run("--frobnicate"));
		assertTrue(err().contains("Usage: jwp report"), "usage is shown");
	}

	@Test
	void missingOrBrokenModelsAreNamedWithExitCode3() throws Exception {
		Path missing = dir.resolve("nowhere.jwp");
		assertEquals(ReportCommand.BAD_MODEL, run("--model", missing.toString(), "--design", "progress", "--format", "pdf",
				"--out", dir.resolve("r.pdf").toString()));
		assertTrue(err().contains("nowhere.jwp"), err());
		Path broken = Files.writeString(dir.resolve("broken.jwp"), "<?xml version=\"1.0\"?>\n<jwp:Programme\n");
		assertEquals(ReportCommand.BAD_MODEL, run("--model", broken.toString(), "--design", "progress", "--format", "pdf",
				"--out", dir.resolve("r.pdf").toString()));
		assertTrue(err().contains("broken.jwp") && err().contains("line"), err());
		assertEquals(ReportCommand.BAD_MODEL, run("--default", "--design", "progress", "--format", "pdf", "--out",
				dir.resolve("r.pdf").toString(), "--param", "meeting=mtg-nowhere"));
		assertTrue(err().contains("mtg-nowhere"), err());
		assertFalse(Files.exists(dir.resolve("r.pdf")), "nothing written");
	}

	@Test
	void anUnwritableOutputIsNamedWithExitCode5() {
		Path target = dir.resolve("no-such-folder/report.pdf");
		assertEquals(ReportCommand.CANNOT_WRITE, run("--default", "--design", "progress", "--format", "pdf", "--out",
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
				assertEquals(ReportCommand.CANNOT_WRITE, run("--default", "--design", name.substring(0, name.indexOf('.')),
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

	@Test
	void anOutputThatIsTheModelIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		byte[] before = Files.readAllBytes(model);
		assertEquals(ReportCommand.USAGE, run("--model", model.toString(), "--design", "status", "--format", "pdf", "--out",
				model.toString()));
		assertTrue(err().startsWith("jwp report: --out " + model + " is the same file as --model " + model), err());
		Path link = Files.createSymbolicLink(dir.resolve("report.pdf"), model);
		assertEquals(ReportCommand.USAGE, run("--model", model.toString(), "--design", "status", "--format", "pdf", "--out",
				link.toString()), "the same file under another name");
		assertArrayEquals(before, Files.readAllBytes(model), "the programme is untouched");
		assertFalse(Files.exists(ProgrammeStore.backupOf(model)));
	}

	@Test
	void writesAnExcelWorkbook() throws Exception {
		Path xlsx = dir.resolve("status.xlsx");
		assertEquals(ReportCommand.OK, run("--default", "--design", "status", "--format", "XLSX", "--out", xlsx.toString()),
				err());
		byte[] bytes = Files.readAllBytes(xlsx);
		assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.ISO_8859_1), "a zip, as OOXML files are");
		assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("xl/workbook.xml"), "a workbook");
		assertEquals(ReportCommand.OK, run("--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("pdf, html, docx, odt or xlsx"), "the help lists xlsx");
	}

	@Test
	void listNamesTheDesigns() {
		assertEquals(ReportCommand.OK, run("--list"));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(List.of("progress", "status", "species", "calendar"),
				lines.stream().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList(), "designs first column");
		assertTrue(lines.get(0).contains("Progress report to the Standing Committee  (Standing Committee documents; pdf, html, docx, odt, xlsx)"),
				lines.get(0));
		assertTrue(lines.contains("    reportingDate (date, default 2014-12-31)"), lines.toString());
	}

	@Test
	void speciesAndCalendarTakeOnlyTheReportingDate() throws Exception {
		Path html = dir.resolve("species.html");
		assertEquals(ReportCommand.OK, run("--default", "--design", "species", "--format", "html", "--out", html.toString(),
				"--param", "reportingDate=2013-12-31"), err());
		assertTrue(Files.readString(html).contains("as at 31 December 2013"));
		assertEquals(ReportCommand.USAGE, run("--default", "--design", "calendar", "--format", "pdf", "--out",
				dir.resolve("c.pdf").toString(), "--param", "committee=CITES_SC"));
		assertTrue(err().contains("takes only reportingDate"), err());
	}
}
