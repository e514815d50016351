package org.mea.jwp.cli;

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
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/** {@code jwp continue}: the next period's programme written, the earlier one told, wrong arguments named. */
class ContinueCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ContinueCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void continuesAProgrammeFileAndTheFileRecordsWhereItsActivitiesWent() throws Exception {
		Path model = dir.resolve("jwp-2012-2014.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		Path next = dir.resolve("jwp-2015-2020.jwp");
		assertEquals(0, run("--model", model.toString(), "--period", "2015-2020", "--out", next.toString()), err());

		Programme earlier = ProgrammeStore.programme(new ProgrammeStore().load(model));
		Programme written = ProgrammeStore.programme(new ProgrammeStore().load(next));
		List<String> open = Continuation.open(ProgrammeStore.programme(DefaultProgramme.load())).stream()
				.map(Activity::getCode).toList();
		assertEquals(open, written.activities().stream().map(Activity::getCode).toList(),
				"every activity not completed");
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", written.getTitle());
		assertEquals("CMS-CITES Joint Work Programme 2012-2014", written.getPredecessor());
		assertEquals("B6", written.findActivity("B6").getContinues());
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", earlier.getSuccessor(),
				"the earlier file records its successor");
		assertEquals(31, Continuation.finalCycle(earlier).getBaseline().getEntries().size(), "and its final baseline");
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", earlier.findActivity("B6").getCarriedForwardTo());
		assertTrue(Files.exists(ProgrammeStore.backupOf(model)), "the earlier version kept");
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(open.size() + " activities carried forward"),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theEmbeddedProgrammeWithTheActivitiesNamed() throws Exception {
		Path next = dir.resolve("next.jwp");
		assertEquals(0, run("--default", "--period", "2015\u20132020", "--out", next.toString(), "--carry", "A1, B6"),
				err());
		Programme written = ProgrammeStore.programme(new ProgrammeStore().load(next));
		assertEquals(List.of("A1", "B6"), written.activities().stream().map(Activity::getCode).toList());
		assertEquals(2015, written.getPeriodStart());
	}

	@Test
	void wrongArgumentsAreNamedAndNothingIsWritten() throws Exception {
		Path next = dir.resolve("next.jwp");
		assertEquals(2, run("--default", "--period", "2014-2016", "--out", next.toString()));
		assertTrue(err().contains("must start after 2014"), err());
		assertEquals(2, run("--default", "--period", "next year", "--out", next.toString()));
		assertTrue(err().contains("\"next year\" is not a period; use the form 2015-2020"), err());
		assertEquals(2, run("--default", "--period", "2015-2020", "--out", next.toString(), "--carry", "A1,Z9"));
		assertTrue(err().contains("the programme has no activity Z9"), err());
		assertEquals(2, run("--default", "--out", next.toString()));
		assertTrue(err().contains("--period is missing") && err().contains("Usage: jwp continue"), err());
		assertFalse(Files.exists(next), "nothing written");
		Files.writeString(next, "mine");
		assertEquals(2, run("--default", "--period", "2015-2020", "--out", next.toString()));
		assertTrue(err().contains("exists; give a new file"), err());
		assertEquals("mine", Files.readString(next), "an existing file is left alone");
	}
}
