package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeChangedException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jwp baseline} and {@code jwp diff}: recording once, listing the changes, exit codes for scripts. */
class CycleCommandsTest {

	@TempDir
	Path dir;

	private Path model;
	private final CommandRun command = new CommandRun();

	@BeforeEach
	void copyTheEmbeddedProgramme() throws Exception {
		model = CommandRun.embeddedProgrammeIn(dir);
	}

	private int baseline(String... args) {
		return command.run("baseline", args);
	}

	private int diff(String... args) {
		return command.run("diff", args);
	}

	private String out() {
		return command.out();
	}

	private String err() {
		return command.err();
	}

	/** Changes A1's status and adds a progress entry to B1 in the file, as a user would between meetings. */
	private void changeTwoActivities() throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(model);
		Programme programme = ProgrammeStore.programme(resource);
		programme.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS);
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 4, 30));
		entry.setNarrative("Project proposals received from three range States.");
		programme.findActivity("B1").getProgress().add(entry);
		store.save(resource, model);
	}

	@Test
	void recordsABaselineOnceAndKeepsThePreviousFile() throws Exception {
		byte[] before = Files.readAllBytes(model);
		assertEquals(0, baseline("--model", model.toString(), "--cycle", "cycle-sc65"), err());
		assertTrue(out().contains("Record baseline for SC65: 31 activities as at 2014-05-01"), out());
		assertArrayEquals(before, Files.readAllBytes(ProgrammeStore.backupOf(model)), "the previous version is kept");

		byte[] recorded = Files.readAllBytes(model);
		assertEquals(4, baseline("--model", model.toString(), "--cycle", "cycle-sc65"));
		assertTrue(err().contains("cycle-sc65 already has a baseline (recorded on 2014-05-02)"), err());
		assertArrayEquals(recorded, Files.readAllBytes(model), "nothing written");
	}

	@Test
	void twoBaselineRunsAtOnceNeverLoseOneOfTheBaselines() throws Exception {
		byte[] original = Files.readAllBytes(model);
		for (int round = 0; round < 10; round++) {
			Files.write(model, original);
			List<String> cycles = List.of("cycle-sc65", "cycle-stc40");
			int[] codes = new int[2];
			CommandRun[] commands = { new CommandRun(), new CommandRun() };
			CountDownLatch start = new CountDownLatch(1);
			List<Thread> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				int run = i;
				runs.add(Thread.ofPlatform().start(() -> {
					try {
						start.await();
					} catch (InterruptedException e) {
						return;
					}
					codes[run] = commands[run].run("baseline", "--model", model.toString(), "--cycle", cycles.get(run));
				}));
			}
			start.countDown();
			for (Thread run : runs) {
				run.join();
			}
			Programme saved = ProgrammeStore.programme(new ProgrammeStore().load(model));
			for (int i = 0; i < 2; i++) {
				String cycle = cycles.get(i);
				boolean recorded = saved.getCycles().stream()
						.anyMatch(c -> c.getId().equals(cycle) && c.getBaseline() != null);
				String message = commands[i].err();
				if (codes[i] == 0) {
					assertTrue(recorded,
							"round " + round + ": " + cycle + " was reported saved but is not in the file");
				} else {
					assertEquals(5, codes[i], message);
					assertEquals(1, message.lines().count(), message);
					assertTrue(
							message.contains("was changed by another program since it was read; nothing was written"),
							message);
				}
			}
		}
	}

	@Test
	void aSaveOfAnOlderStateAfterABaselineIsRefused() throws Exception {
		ProgrammeStore workbench = new ProgrammeStore();
		Resource open = workbench.load(model); // the workbench has the programme open
		assertEquals(0, baseline("--model", model.toString(), "--cycle", "cycle-sc65"), err());
		byte[] withBaseline = Files.readAllBytes(model);
		ProgrammeStore.programme(open).setTitle("Edited in the workbench");
		assertThrows(ProgrammeChangedException.class, () -> workbench.save(open, model));
		assertArrayEquals(withBaseline, Files.readAllBytes(model), "the baseline is kept");
	}

	@Test
	void aFullDiskIsExitCode5AndTheProgrammeStaysAsItWas() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), "1m")) {
			Path small = disk.folder().resolve("jwp.jwp");
			Files.copy(model, small);
			byte[] before = Files.readAllBytes(small);
			disk.fill();
			assertEquals(5, baseline("--model", small.toString(), "--cycle", "cycle-sc65"));
			assertEquals(1, err().lines().count(), err());
			assertTrue(err().contains("No space left on device"), err());
			assertTrue(err().contains("the previous version of the file is unchanged"), err());
			assertArrayEquals(before, Files.readAllBytes(small));
			try (var files = Files.list(disk.folder())) {
				assertEquals(List.of("filler", "filler2", "jwp.jwp"),
						files.map(p -> p.getFileName().toString()).sorted().toList(),
						"no temporary or lock file left");
			}
		}
	}

	@Test
	void wrongArgumentsAreNamed() {
		assertEquals(2, baseline("--model", model.toString(), "--cycle", "sc99"));
		assertTrue(err().contains(
				"unknown cycle \"sc99\"; the cycles of this programme are: cycle-sc62, cycle-sc65, cycle-stc40"),
				err());
		assertEquals(2, baseline("--default", "--cycle", "cycle-sc65"));
		assertTrue(err().contains("the embedded programme cannot be changed"), err());
		assertEquals(3, baseline("--model", dir.resolve("missing.jwp").toString(), "--cycle", "x"));
		assertEquals(2, diff("--default", "--from", "cycle-sc62", "--format", "xml"));
		assertTrue(err().contains("unknown format \"xml\"; use text, csv or json"), err());
		assertEquals(2, diff("--default"));
		assertTrue(err().contains("--from is missing"), err());
		assertEquals(4, diff("--default", "--from", "cycle-sc65"));
		assertTrue(
				err().contains(
						"cycle-sc65 has no baseline; record it with: jwp baseline --model FILE --cycle cycle-sc65"),
				err());
	}

	@Test
	void listsExactlyTheTwoChangedActivitiesAsText() throws Exception {
		assertEquals(0, baseline("--model", model.toString(), "--cycle", "cycle-sc65"), err());
		changeTwoActivities();
		assertEquals(0, diff("--model", model.toString(), "--from", "cycle-sc65", "--fail-if-empty"), err());
		String text = out();
		assertTrue(
				text.startsWith(
						"Changes from cycle-sc65 (baseline at 2014-05-01) to the current programme: 2 activities"),
				text);
		assertTrue(text.contains("  A1     status: not started \u2192 in progress"), text);
		assertTrue(text.contains("  B1     1 new progress entry"), text);
		assertEquals(2, text.lines().filter(line -> line.startsWith("  ")).count(), text);
	}

	@Test
	void writesCsvAndJsonForScripts() throws Exception {
		assertEquals(0, baseline("--model", model.toString(), "--cycle", "cycle-sc65"), err());
		changeTwoActivities();
		assertEquals(0, diff("--model", model.toString(), "--from", "cycle-sc65", "--format", "csv"), err());
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(out())).getRecords();
		assertEquals(List.of("A1", "B1"), rows.stream().map(r -> r.get("code")).toList());
		assertEquals("status", rows.get(0).get("changes"));
		assertEquals("in progress", rows.get(0).get("status_after"));
		assertEquals("progress", rows.get(1).get("changes"));
		assertEquals("1", rows.get(1).get("new_progress_entries"));
		assertEquals("Project proposals received from three range States.", rows.get(1).get("latest_progress"));

		assertEquals(0,
				diff("--model", model.toString(), "--from", "cycle-sc62", "--to", "cycle-sc65", "--format", "json"),
				err());
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("cycle-sc65 (baseline at 2014-05-01)", json.get("to").getAsString());
		assertEquals(0, json.getAsJsonArray("changes").size(), "nothing changed between adoption and the SC65 record");

		assertEquals(0, diff("--model", model.toString(), "--from", "cycle-sc62", "--current", "--format", "json"),
				err());
		json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(2, json.getAsJsonArray("changes").size());
		assertEquals("not started", json.getAsJsonArray("changes").get(0).getAsJsonObject().getAsJsonObject("before")
				.get("status").getAsString());
	}

	@Test
	void failIfEmptyGivesExitCodeOneOnlyWhenAsked() {
		assertEquals(0, diff("--default", "--from", "cycle-sc62"), err());
		assertTrue(out().contains("to the current programme: none"), out());
		assertEquals(1, diff("--default", "--from", "cycle-sc62", "--fail-if-empty"));
		assertEquals(0, diff("--default", "--list"), err());
		assertTrue(out().contains("cycle-sc62"), out());
		assertTrue(out().contains("baseline at 2012-07-23, 31 activities"), out());
	}

	@Test
	void cyclesAreNamedByTheirMeetingAsByTheirId() throws Exception {
		assertEquals(0, baseline("--model", model.toString(), "--cycle", "sc65"), err());
		assertTrue(out().contains("Record baseline for SC65: 31 activities as at 2014-05-01"), out());
		assertEquals(4, baseline("--model", model.toString(), "--cycle", "SC65"));
		assertTrue(err().contains("cycle-sc65 already has a baseline"), "named by its id: " + err());
		changeTwoActivities();
		assertEquals(0, diff("--model", model.toString(), "--from", "SC62", "--to", "sc65", "--format", "json"), err());
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("cycle-sc65 (baseline at 2014-05-01)", json.get("to").getAsString());
		assertEquals(0, diff("--default", "--from", "SC62", "--current"), err());
		assertTrue(out().startsWith("Changes from cycle-sc62 (baseline at 2012-07-23) to the current programme"),
				out());
		assertEquals(0, diff("--default", "--from", "sc62"), err());
		assertEquals(0, diff("--default", "--from", "cycle-sc62"), err());
		assertEquals(4, diff("--default", "--from", "StC40"));
		assertTrue(err().contains("cycle-stc40 has no baseline"), err());
	}

	@Test
	void anUnknownCycleListsTheCyclesByIdAndMeeting() {
		assertEquals(2, diff("--default", "--from", "CoP17"));
		assertTrue(err().startsWith(
				"jwp diff: unknown cycle \"CoP17\"; the cycles of this programme are: cycle-sc62, cycle-sc65, "
						+ "cycle-stc40; or by meeting: SC62, SC65, StC40\n"),
				err());
		assertEquals(2, baseline("--model", model.toString(), "--cycle", "StC42"));
		assertTrue(err().startsWith("jwp baseline: unknown cycle \"StC42\"; the cycles of this programme are: "),
				err());
	}
}
