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

/** {@code jwp export}: every built-in format, clear messages with exit codes, output written whole. */
class ExportCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ExportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void exportsTheDefaultProgrammeAsIati() throws Exception {
		Path xml = dir.resolve("jwp-iati.xml");
		assertEquals(0, run("--default", "--format", "org.mea.jwp.core.iati.xml", "--out", xml.toString()),
				err());
		String text = Files.readString(xml);
		assertTrue(text.contains("<iati-activities version=\"2.03\""), text.substring(0, 200));
		assertEquals(31, text.split("<iati-activity ", -1).length - 1);
		try (var files = Files.list(dir)) {
			assertEquals(List.of(xml), files.toList(), "no temporary file left");
		}
	}

	@Test
	void exportsAModelFileAsCsvAndJson() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		Path csv = dir.resolve("taxa.csv");
		assertEquals(0, run("--model", model.toString(), "--format", "org.mea.jwp.core.taxa.csv", "--out",
				csv.toString()), err());
		assertEquals(15, Files.readAllLines(csv).size(), "header and 14 taxa");
		Path json = dir.resolve("jwp.json");
		assertEquals(0, run("--model", model.toString(), "--format", "org.mea.jwp.core.json", "--out",
				json.toString()), err());
		assertTrue(Files.readString(json).startsWith("{"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + json));
	}

	@Test
	void asAtChoosesTheDayWhoseListingsTheTaxaCarry() throws Exception {
		Path before = dir.resolve("taxa-2012-01-01.csv");
		assertEquals(0, run("--default", "--format", "org.mea.jwp.core.taxa.csv", "--out", before.toString(), "--as-at",
				"2012-01-01"), err());
		Path after = dir.resolve("taxa.csv");
		assertEquals(0, run("--default", "--format", "org.mea.jwp.core.taxa.csv", "--out", after.toString()), err());
		// Ovis ammon: CMS Appendix II from 23 February 2012 (COP10), CITES Appendix II throughout
		assertTrue(
				Files.readString(before).lines().anyMatch(line -> line.startsWith("Ovis ammon,species,II,not listed,")),
				Files.readString(before));
		assertTrue(Files.readString(after).lines().anyMatch(line -> line.startsWith("Ovis ammon,species,II,II,")),
				"by default as at 2014-12-31: " + Files.readString(after));

		assertEquals(2, run("--default", "--format", "org.mea.jwp.core.taxa.csv", "--out", before.toString(), "--as-at",
				"12/06/2013"));
		assertTrue(err().contains("--as-at \"12/06/2013\" is not a date; use the form 2013-06-12"), err());
		assertEquals(2,
				run("--default", "--format", "org.mea.jwp.core.taxa.csv", "--out", before.toString(), "--as-at"));
		assertTrue(err().contains("--as-at needs a value"), err());
	}

	@Test
	void anOutputThatIsTheModelIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		byte[] before = Files.readAllBytes(model);
		assertEquals(2, run("--model", model.toString(), "--format", "org.mea.jwp.core.json", "--out",
				dir.resolve(".").resolve("jwp.jwp").toString()));
		assertTrue(err().startsWith("jwp export: --out "), err());
		assertTrue(err().contains("is the same file as --model " + model + "; writing it would destroy the input"),
				err());
		assertArrayEquals(before, Files.readAllBytes(model), "the programme is untouched");
	}

	@Test
	void aFullDiskIsExitCode5AndThePreviousExportStaysAsItWas() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), "1m")) {
			Path xml = Files.writeString(disk.folder().resolve("iati.xml"), "the previous export");
			disk.fill();
			assertEquals(5, run("--default", "--format", "org.mea.jwp.core.iati.xml", "--out",
					xml.toString()), err());
			assertEquals(1, err().lines().count(), "one line: " + err());
			assertTrue(err().startsWith("jwp export: cannot write " + xml + ": No space left on device"), err());
			assertEquals("the previous export", Files.readString(xml));
		}
	}

	@Test
	void anExporterThatFailsIsExitCode4AndThePreviousExportStaysAsItWas() throws Exception {
		Path previous = Files.writeString(dir.resolve("programme.txt"), "the previous export");
		assertEquals(4, run("--default", "--format", "org.mea.jwp.cli.tests.failing", "--out", previous.toString()),
				err());
		assertEquals(1, err().lines().count(), "one line: " + err());
		assertTrue(err().startsWith("jwp export: ") && err().contains("org.mea.jwp.cli.tests"),
				"names the failing plug-in: " + err());
		assertEquals("the previous export", Files.readString(previous), "the previous file is kept, not half a file");
		try (var files = Files.list(dir)) {
			assertEquals(List.of(previous), files.toList(), "no temporary file left");
		}
	}

	@Test
	void exportsByShortNameInAnyCaseAsByTheId() throws Exception {
		Path byId = dir.resolve("by-id.json");
		assertEquals(0, run("--default", "--format", "org.mea.jwp.core.json", "--out", byId.toString()), err());
		Path byAlias = dir.resolve("by-alias.json");
		assertEquals(0, run("--default", "--format", "json", "--out", byAlias.toString()), err());
		assertArrayEquals(Files.readAllBytes(byId), Files.readAllBytes(byAlias), "the same exporter");
		Path iati = dir.resolve("iati.xml");
		assertEquals(0, run("--default", "--format=IATI", "--out", iati.toString()), err());
		assertTrue(Files.readString(iati).contains("<iati-activities version=\"2.03\""));
		for (String alias : List.of("activities-csv", "taxa-csv")) {
			Path csv = dir.resolve(alias + ".csv");
			assertEquals(0, run("--default", "--format", alias, "--out", csv.toString()), err());
			assertTrue(Files.size(csv) > 0, alias);
		}
	}

	@Test
	void listShowsTheShortNames() {
		assertEquals(0, run("--list"));
		List<List<String>> rows = out.toString(StandardCharsets.UTF_8).lines().map(l -> List.of(l.split("\\s+")))
				.toList();
		for (List<String> idAndAlias : List.of(List.of("org.mea.jwp.core.iati.xml", "iati"),
				List.of("org.mea.jwp.core.json", "json"),
				List.of("org.mea.jwp.core.activities.csv", "activities-csv"),
				List.of("org.mea.jwp.core.taxa.csv", "taxa-csv"),
				List.of("org.mea.jwp.cli.tests.failing", "-"))) {
			assertTrue(rows.stream().anyMatch(r -> r.subList(0, 2).equals(idAndAlias)), idAndAlias + " in " + out);
		}
	}

	@Test
	void anUnknownFormatIsAnsweredWithTheShortNames() {
		assertEquals(2, run("--default", "--format", "xml", "--out", "x.xml"));
		String said = err().lines().findFirst().orElseThrow();
		assertTrue(said.startsWith("jwp export: unknown format \"xml\"; formats: "), said);
		assertTrue(said.contains("iati (org.mea.jwp.core.iati.xml)") && said.contains("json (org.mea.jwp.core.json)")
				&& said.contains("activities-csv (org.mea.jwp.core.activities.csv)")
				&& said.contains("taxa-csv (org.mea.jwp.core.taxa.csv)")
				&& said.endsWith("(jwp export --list)"), said);
		assertTrue(err().contains("Usage: jwp export"), err());
		assertTrue(err().contains("iati "), "the usage shows the short names: " + err());
	}

	@Test
	void listNamesTheExporters() {
		assertEquals(0, run("--list"));
		List<String> ids = out.toString(StandardCharsets.UTF_8).lines().map(l -> l.split(" ")[0]).toList();
		assertTrue(ids.containsAll(List.of("org.mea.jwp.core.activities.csv", "org.mea.jwp.core.taxa.csv",
				"org.mea.jwp.core.json", "org.mea.jwp.core.iati.xml")), ids.toString());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("IATI 2.03 activities (.xml)"));
	}

	@Test
	void wrongArgumentsAreNamedWithExitCode2() {
		assertEquals(2, run("--default", "--format", "pdf", "--out", "x.pdf"));
		assertTrue(err().contains("unknown format \"pdf\"") && err().contains("org.mea.jwp.core.json"), err());
		assertEquals(2, run("--format", "org.mea.jwp.core.json", "--out", "x.json"));
		assertTrue(err().contains("--model FILE or --default"), err());
		assertEquals(2, run("--default", "--format", "org.mea.jwp.core.json"));
		assertTrue(err().contains("--out is missing") && err().contains("Usage: jwp export"), err());
	}

	@Test
	void aMissingModelIsExitCode3AndABadFolderExitCode5() {
		Path target = dir.resolve("out.json");
		assertEquals(3, run("--model", dir.resolve("nowhere.jwp").toString(), "--format",
				"org.mea.jwp.core.json", "--out", target.toString()));
		assertTrue(err().contains("nowhere.jwp"), err());
		assertFalse(Files.exists(target));
		assertEquals(5, run("--default", "--format", "org.mea.jwp.core.json", "--out",
				dir.resolve("no-such-folder/out.json").toString()));
		assertTrue(err().contains("no-such-folder") && err().contains("does not exist"), err());
	}
}
