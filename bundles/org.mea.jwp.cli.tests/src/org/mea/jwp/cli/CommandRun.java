package org.mea.jwp.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;

/**
 * Runs headless commands in the test's JVM as the product runs them (through {@link Commands}, on
 * a fixed "today") and keeps what the last one printed.
 */
final class CommandRun {

	/** The day the commands believe it is: after the SC65 reporting date. */
	static final LocalDate TODAY = LocalDate.of(2014, 5, 2);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code jwp <command> <args>}; returns its exit code. */
	int run(String command, String... args) {
		out.reset();
		err.reset();
		PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
		return Commands.run(command, Commands.named(command, stdout, stderr, TODAY), List.of(args), stderr);
	}

	/** What the last command printed on stdout. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last command printed on stderr. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Saves the embedded programme as {@code jwp.jwp} in {@code folder}: a programme file to work on. */
	static Path embeddedProgrammeIn(Path folder) throws ProgrammeFileException {
		Path model = folder.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		return model;
	}
}
