package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jwp validate}: the embedded programme has no error; a broken case is named by element and rule; a plug-in's rule runs too. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private final CommandRun command = new CommandRun();

	@Test
	void theEmbeddedProgrammeHasNoError() {
		assertEquals(0, command.run("validate", "--default"), command.err());
		List<String> lines = command.out().lines().toList();
		String summary = lines.get(lines.size() - 1);
		assertTrue(summary.matches("0 errors, \\d+ warnings?, \\d+ other findings \\(reporting date 2014-12-31\\)"),
				summary);
		assertTrue(lines.stream().noneMatch(l -> l.startsWith("error\t")), command.out());
		// the same run failing on warnings fails exactly when it listed one
		boolean warnings = lines.stream().anyMatch(l -> l.startsWith("warning\t"));
		assertEquals(warnings ? 1 : 0, command.run("validate", "--default", "--fail-on", "warning"));
	}

	@Test
	void aDuplicateCodeIsAnErrorNamingTheElementAndTheRule() throws Exception {
		Path model = save(programme -> programme.findActivity("B6").setCode("B5"));
		assertEquals(ValidateCommand.FINDINGS, command.run("validate", "--model", model.toString()), command.err());
		String error = command.out().lines().filter(l -> l.startsWith("error\t")).findFirst().orElse("");
		assertTrue(error.contains("B5") && error.endsWith("[org.mea.jwp.core.activity.code.unique]"), command.out());
		assertTrue(command.out().lines().anyMatch(l -> l.matches("[1-9]\\d* errors?, .*")), command.out());

		assertEquals(1, command.run("validate", "--model", model.toString(), "--format", "json"), command.err());
		JsonObject json = JsonParser.parseString(command.out()).getAsJsonObject();
		assertEquals("2014-12-31", json.get("reportingDate").getAsString());
		JsonObject first = json.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals("error", first.get("severity").getAsString());
		assertEquals("org.mea.jwp.core.activity.code.unique", first.get("rule").getAsString());
	}

	@Test
	void aContributedRuleFindsWhatItLooksFor() throws Exception {
		Path model = save(programme -> programme.findActivity("A1").setText("DRAFT of A1"));
		assertEquals(0, command.run("validate", "--model", model.toString()), command.err());
		assertTrue(command.out().lines().anyMatch(l -> l.startsWith("warning\t")
				&& l.contains("The text of A1 is still a draft") && l.endsWith("[org.mea.jwp.cli.tests.draft]")),
				command.out());
		assertEquals(1, command.run("validate", "--model", model.toString(), "--fail-on", "warning"));
	}

	@Test
	void wrongArgumentsAndMissingFilesAreNamed() {
		assertEquals(2, command.run("validate", "--default", "--fail-on", "info"));
		assertTrue(command.err().startsWith("jwp validate: unknown fail-on \"info\""), command.err());
		assertEquals(2, command.run("validate", "--default", "--reporting-date", "soon"));
		assertTrue(command.err().startsWith("jwp validate: --reporting-date \"soon\" is not a date"), command.err());
		assertEquals(2, command.run("validate"));
		assertTrue(command.err().startsWith("jwp validate: give either --model FILE or --default"), command.err());
		assertEquals(3, command.run("validate", "--model", dir.resolve("none.jwp").toString()));
		assertTrue(command.err().startsWith("jwp validate: "), command.err());
	}

	private Path save(java.util.function.Consumer<Programme> change) throws Exception {
		Resource resource = DefaultProgramme.load();
		change.accept(ProgrammeStore.programme(resource));
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(resource, model);
		return model;
	}
}
