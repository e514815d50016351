package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * {@code jwp import}: problems as FILE:LINE: severity: message, nothing written while there are
 * errors unless --accept-errors, then the model saved atomically with a backup.
 */
class ImportCommandTest {

	private static final String SPECIES = "org.mea.jwp.core.species.csv";
	private static final String BASELINES = "org.mea.jwp.cli.tests.baselines";

	@TempDir
	Path dir;

	private Path model;
	private final CommandRun command = new CommandRun();

	@BeforeEach
	void model() throws Exception {
		model = CommandRun.embeddedProgrammeIn(dir);
	}

	private int run(String... args) {
		return command.run("import", args);
	}

	private String err() {
		return command.err();
	}

	private Path file(String name, String content) throws Exception {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static Taxon taxon(Path file, String name) throws Exception {
		Programme programme = ProgrammeStore.programme(new ProgrammeStore().load(file));
		return programme.getTaxa().stream().filter(t -> name.equals(t.getNameAsPrinted())).findFirst().orElse(null);
	}

	@Test
	void anInputThatIsTheModelOrTheOutputIsRefused() throws Exception {
		byte[] before = Files.readAllBytes(model);
		assertEquals(2, run("--model", model.toString(), "--format", SPECIES, "--in", model.toString()));
		assertTrue(err().startsWith("jwp import: --model " + model + " is the same file as --in " + model), err());
		Path listing = file("listing.csv", "Scientific Name;CITES Appendix;Common Names\nUncia uncia;I;snow leopard\n");
		assertEquals(2, run("--model", model.toString(), "--format", SPECIES, "--in", listing.toString(),
				"--out", listing.toString()));
		assertTrue(err().startsWith("jwp import: --out " + listing + " is the same file as --in " + listing), err());
		assertArrayEquals(before, Files.readAllBytes(model));
		assertTrue(Files.readString(listing).startsWith("Scientific Name"), "the input is untouched");
	}

	@Test
	void aCleanFileIsImportedAndTheModelSavedWithABackup() throws Exception {
		byte[] original = Files.readAllBytes(model);
		Path listing = file("listing.csv", "Scientific Name;CITES Appendix;Common Names\nUncia uncia;I;snow leopard\n"
				+ "Panthera leo;II;lion\n");
		assertEquals(0, run("--model", model.toString(), "--format", SPECIES, "--in", listing.toString()),
				err());
		assertTrue(command.out().contains("1 taxon added, 1 updated"), command.out());
		assertEquals(java.util.List.of("snow leopard"), taxon(model, "Uncia uncia").getCommonNames());
		assertEquals(AppendixListing.I, taxon(model, "Uncia uncia").listingOn(org.mea.jwp.model.Convention.CITES, null),
				"the listing history decides");
		assertEquals("tx-panthera-leo", taxon(model, "Panthera leo").getId());
		assertEquals(AppendixListing.II, taxon(model, "Panthera leo").getCitesAppendix());
		assertArrayEquals(original, Files.readAllBytes(ProgrammeStore.backupOf(model)), "the previous version is kept");
	}

	@Test
	void errorsAreNamedByLineAndNothingIsWrittenWithoutAcceptErrors() throws Exception {
		byte[] original = Files.readAllBytes(model);
		Path listing = file("listing.csv", """
				Scientific Name,Rank,CITES Appendix
				Uncia uncia,species,I
				Panthera leo,species,IV
				Lynx lynx,variety,II
				""");
		assertEquals(1, run("--model", model.toString(), "--format", SPECIES, "--in", listing.toString()));
		assertTrue(err().contains(listing + ":3: error: column \"CITES Appendix\": \"IV\" is not an Appendix"), err());
		assertTrue(err().contains(listing + ":4: warning: column \"Rank\""), err());
		assertTrue(err().contains("--accept-errors"), err());
		assertArrayEquals(original, Files.readAllBytes(model), "model unchanged");
		assertFalse(Files.exists(ProgrammeStore.backupOf(model)), "not even a backup");

		Path result = dir.resolve("result.jwp");
		assertEquals(0, run("--model", model.toString(), "--format", SPECIES, "--in", listing.toString(),
				"--accept-errors", "--out", result.toString()), err());
		assertTrue(err().contains(":3: error:"), "problems are still shown");
		assertArrayEquals(original, Files.readAllBytes(model), "--out leaves the model alone");
		assertEquals(AppendixListing.I,
				taxon(result, "Uncia uncia").listingOn(org.mea.jwp.model.Convention.CITES, null));
		assertEquals(null, taxon(result, "Panthera leo"), "the row with the error is skipped");
		assertEquals(AppendixListing.II, taxon(result, "Lynx lynx").getCitesAppendix(), "warnings do not stop a row");
	}

	@Test
	void aCriticalProblemStopsTheImportEvenWithAcceptErrors() throws Exception {
		Path listing = file("listing.csv", "Name;Listing\nUncia uncia;I\n");
		assertEquals(1, run("--model", model.toString(), "--format", SPECIES, "--in", listing.toString(),
				"--accept-errors"));
		assertTrue(err().contains(listing + ":1: critical: no column for the scientific name"), err());
		assertFalse(Files.exists(ProgrammeStore.backupOf(model)));
	}

	@Test
	void activitiesAreUpdatedByCode() throws Exception {
		Path activities = file("status.csv", "Code,Status,Timeframe\nB13,completed,2012-2013\nB99x,on-going,\n");
		assertEquals(1, run("--model", model.toString(), "--format", "org.mea.jwp.core.activities.csv",
				"--in", activities.toString()));
		assertTrue(err().contains(activities + ":3: error: new activity B99x cannot be placed"), err());
		assertEquals(0, run("--model", model.toString(), "--format", "org.mea.jwp.core.activities.csv",
				"--in", activities.toString(), "--accept-errors"), err());
		Programme programme = ProgrammeStore.programme(new ProgrammeStore().load(model));
		assertEquals("completed", programme.findActivity("B13").getStatus().getLiteral());
		assertEquals("2012-2013", programme.findActivity("B13").getTimeframe().getOriginal());
	}

	@Test
	void nothingToChangeWritesNothing() throws Exception {
		Path listing = file("same.csv", "Scientific Name\nUncia uncia\n");
		assertEquals(0, run("--model", model.toString(), "--format", SPECIES, "--in", listing.toString()));
		assertTrue(command.out().contains("nothing to change"), command.out());
		assertFalse(Files.exists(ProgrammeStore.backupOf(model)));
	}

	@Test
	void wrongArgumentsAndMissingFilesHaveTheirExitCodes() throws Exception {
		assertEquals(2, run("--model", model.toString(), "--format", "xls", "--in", "x.xls"));
		assertTrue(err().contains("unknown format \"xls\"") && err().contains(SPECIES), err());
		assertEquals(2, run("--format", SPECIES, "--in", "x.csv"));
		assertTrue(err().contains("--model is missing") && err().contains("Usage: jwp import"), err());
		assertEquals(3, run("--model", dir.resolve("nowhere.jwp").toString(), "--format", SPECIES,
				"--in", "x.csv"));
		assertTrue(err().contains("nowhere.jwp"), err());
		assertEquals(4, run("--model", model.toString(), "--format", SPECIES, "--in",
				dir.resolve("missing.csv").toString()));
		assertTrue(err().contains("missing.csv") && err().contains("no such file"), err());
	}

	@Test
	void importsByShortName() throws Exception {
		Path listing = file("listing.csv", "Scientific Name;CITES Appendix\nUncia uncia;I\n");
		assertEquals(0, run("--model", model.toString(), "--format", "species-csv", "--in", listing.toString()), err());
		assertEquals(AppendixListing.I,
				taxon(model, "Uncia uncia").listingOn(org.mea.jwp.model.Convention.CITES, null));
		Path activities = file("status.csv", "Code,Status\nB13,completed\n");
		assertEquals(0, run("--model", model.toString(), "--format", "Activities-CSV", "--in", activities.toString()),
				err());
		assertEquals("completed", ProgrammeStore.programme(new ProgrammeStore().load(model)).findActivity("B13")
				.getStatus().getLiteral());
	}

	@Test
	void listAndUnknownFormatsShowTheShortNames() {
		assertEquals(0, run("--list"));
		// the built-in importers, and the one this test fragment contributes (BaselineEditingImporter), which has no short name
		List<List<String>> rows = command.out().lines().map(l -> List.of(l.split("\\s+")).subList(0, 2)).toList();
		assertEquals(List.of(List.of("org.mea.jwp.core.activities.csv", "activities-csv"),
				List.of("org.mea.jwp.core.cites.appendices.html", "cites-appendices"), List.of(BASELINES, "-"),
				List.of(SPECIES, "species-csv"), List.of("org.mea.jwp.core.speciesplus.csv", "speciesplus-csv")), rows);
		assertEquals(2, run("--model", model.toString(), "--format", "iati", "--in", "x.xml"));
		assertTrue(err().startsWith("jwp import: unknown format \"iati\"; formats: "), err());
		for (String format : List.of("activities-csv (org.mea.jwp.core.activities.csv)",
				"cites-appendices (org.mea.jwp.core.cites.appendices.html)", "species-csv (" + SPECIES + ")",
				"speciesplus-csv (org.mea.jwp.core.speciesplus.csv)")) {
			assertTrue(err().lines().findFirst().orElseThrow().contains(format), format + " in " + err());
		}
		assertTrue(err().lines().findFirst().orElseThrow().endsWith(" (jwp import --list)"), err());
		assertEquals(2, run("--default", "--format", "species-csv", "--in", "x.csv"));
		assertTrue(err().startsWith("jwp import: unknown option '--default': the embedded programme is read-only"),
				err());
	}

	@Test
	void listNamesTheImporters() {
		assertEquals(0, run("--list"));
		List<String> ids = command.out().lines().map(l -> l.split(" ")[0]).toList();
		assertEquals(List.of("org.mea.jwp.core.activities.csv", "org.mea.jwp.core.cites.appendices.html",
				"org.mea.jwp.cli.tests.baselines", SPECIES, "org.mea.jwp.core.speciesplus.csv"), ids,
				"by name: Activities, CITES Appendices as published, (this fragment's) Corrects recorded baselines,"
						+ " Species listing, Species+ / CITES Checklist download");
	}

	/** The entries of the cycle's recorded baseline, as saved in {@code file}: code, status, timeframe, lead. */
	private static List<String> baselineOf(Path file, String cycle) throws Exception {
		Programme programme = ProgrammeStore.programme(new ProgrammeStore().load(file));
		return programme.getCycles().stream().filter(c -> cycle.equals(c.getId())).findFirst().orElseThrow()
				.getBaseline()
				.getEntries().stream()
				.map(e -> e.getCode() + " " + e.getStatus() + " " + e.getTimeframe() + " " + e.getLead()).toList();
	}

	@Test
	void anImportChangesTheLiveActivityAndLeavesItsRecordedBaselineAsRecorded() throws Exception {
		assertEquals(0, command.run("baseline", "--model", model.toString(), "--cycle", "cycle-sc65"), command.err());
		List<String> recorded = baselineOf(model, "cycle-sc65");
		String b13 = recorded.stream().filter(e -> e.startsWith("B13 ")).findFirst().orElseThrow();
		assertFalse(b13.startsWith("B13 completed "), "the import changes what the baseline recorded: " + b13);

		Path activities = file("status.csv", "Code,Status,Timeframe\nB13,completed,2012-2013\n");
		assertEquals(0, run("--model", model.toString(), "--format", "org.mea.jwp.core.activities.csv", "--in",
				activities.toString()), err());

		Programme programme = ProgrammeStore.programme(new ProgrammeStore().load(model));
		assertEquals("completed", programme.findActivity("B13").getStatus().getLiteral(),
				"the programme is imported into");
		assertEquals(recorded, baselineOf(model, "cycle-sc65"), "the baseline stays as recorded");
	}

	@Test
	void anImporterThatWouldChangeARecordedBaselineIsRefusedAndNothingIsWritten() throws Exception {
		assertEquals(0, command.run("baseline", "--model", model.toString(), "--cycle", "cycle-sc65"), command.err());
		byte[] before = Files.readAllBytes(model);
		Path codes = file("codes.txt", "B13\nA1\n");
		assertEquals(1, run("--model", model.toString(), "--format", "org.mea.jwp.cli.tests.baselines", "--in",
				codes.toString()));
		assertTrue(
				err().contains("nothing imported from " + codes)
						&& err().contains("a recorded baseline is never changed"),
				err());
		assertArrayEquals(before, Files.readAllBytes(model), "nothing written");
	}
}
