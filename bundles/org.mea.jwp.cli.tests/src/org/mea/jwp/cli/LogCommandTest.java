package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.ProgrammeRepository;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jwp log}: the history of a shared programme, as text and JSON, and what it says when it has none. */
class LogCommandTest {

	@TempDir
	Path dir;

	private Path model;
	private String sc65;
	private final CommandRun command = new CommandRun();

	@BeforeEach
	void shareAndChangeB6() throws Exception {
		model = CommandRun.embeddedProgrammeIn(Files.createDirectories(dir.resolve("shared"))); //$NON-NLS-1$
		Author author = new Author("A. Person", "a.person@example.org"); //$NON-NLS-1$ //$NON-NLS-2$
		try (ProgrammeRepository repository = ProgrammeRepository.share(model)) {
			repository.commit("Shared", author); //$NON-NLS-1$
			ProgrammeStore store = new ProgrammeStore();
			Resource resource = store.load(model);
			ProgrammeStore.programme(resource).activities().stream().filter(a -> "B6".equals(a.getId())).findFirst() //$NON-NLS-1$
					.orElseThrow()
					.setStatus(ActivityStatus.COMPLETED);
			store.save(resource, model);
			sc65 = repository.commit("SC65 update", author); //$NON-NLS-1$
		}
	}

	@Test
	void textForOneElement() {
		assertEquals(0, command.run("log", "--model", model.toString(), "--element", "B6"), command.err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String[] lines = command.out().split("\n"); //$NON-NLS-1$
		assertEquals(2, lines.length, command.out());
		assertTrue(lines[0].startsWith(sc65.substring(0, 8) + " B6: status not started \u2192 completed, "), lines[0]); //$NON-NLS-1$
		assertTrue(lines[0].endsWith(", A. Person, 'SC65 update'"), lines[0]); //$NON-NLS-1$
		assertTrue(lines[1].contains(" B6: added, "), lines[1]); //$NON-NLS-1$
	}

	@Test
	void jsonForTheProgramme() {
		assertEquals(0, command.run("log", "--model", model.toString(), "--format", "json"), command.err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		JsonObject json = JsonParser.parseString(command.out()).getAsJsonObject();
		JsonObject first = json.getAsJsonArray("entries").get(0).getAsJsonObject(); //$NON-NLS-1$
		assertEquals(sc65, first.get("commit").getAsString()); //$NON-NLS-1$
		assertEquals("changed", first.get("kind").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("B6", first.get("element").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("status", first.get("feature").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("not started", first.get("old").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("completed", first.get("new").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("A. Person", first.get("author").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("SC65 update", first.get("message").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, json.getAsJsonArray("entries").size(), command.out()); //$NON-NLS-1$
	}

	@Test
	void unknownElementHasNoChanges() {
		assertEquals(0, command.run("log", "--model", model.toString(), "--element", "Z9")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("No commit changes Z9.\n", command.out()); //$NON-NLS-1$
	}

	@Test
	void failuresSayWhatIsWrong() throws Exception {
		assertEquals(2, command.run("log", "--element", "B6")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(command.err().startsWith("jwp log: --model is missing\n"), command.err()); //$NON-NLS-1$
		assertEquals(2, command.run("log", "--model", model.toString(), "--format", "csv")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(3, command.run("log", "--model", dir.resolve("none.jwp").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(command.err().endsWith("none.jwp: no such file\n"), command.err()); //$NON-NLS-1$
		Path unshared = CommandRun.embeddedProgrammeIn(Files.createDirectories(dir.resolve("alone"))); //$NON-NLS-1$
		assertEquals(4, command.run("log", "--model", unshared.toString())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(command.err().contains("is not in a Git repository"), command.err()); //$NON-NLS-1$
	}
}
