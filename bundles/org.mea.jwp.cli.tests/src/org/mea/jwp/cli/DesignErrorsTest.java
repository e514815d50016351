package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readable design failures (issue 24): a design in which BIRT finds an error is one line on stderr
 * naming the design, the element (with its id and line) and BIRT's reason, with exit code 6; BIRT's
 * stack traces go to the log, not to the console. {@code jwp report --check} finds the same without
 * writing a report. The broken design is this fragment's {@code designs/unbound.rptdesign}.
 */
class DesignErrorsTest {

	private static final String UNBOUND = "org.mea.jwp.cli.tests.unbound";
	/** The element BIRT names: the table whose column binding reads the missing column. */
	private static final String ELEMENT = "table \"Deadlines\" (id 40, line 35)";
	private static final String REASON = "Column binding \"dueDate\" has referred to a data set column \"due\" which does not exist.";

	@TempDir
	Path dir;

	private final CommandRun command = new CommandRun();

	@Test
	void aBindingToAColumnThatDoesNotExistIsOneLineNamingTheElementWithExitCode6() throws IOException {
		Path html = dir.resolve("deadlines.html");
		assertEquals(6, command.run("report", "--default", "--design", UNBOUND, "--format", "html", "--out",
				html.toString()), command.err());
		assertEquals("jwp report: design " + UNBOUND + ": " + ELEMENT + ": " + REASON + System.lineSeparator(),
				command.err(), "exactly one line");
		assertFalse(Files.exists(html), "nothing written");
		String log = Files.readString(Platform.getLogFileLocation().toFile().toPath());
		assertTrue(log.contains("jwp report: design " + UNBOUND) && log.contains("DataException"),
				"the stack trace is in the log");
	}

	@Test
	void whatBirtLogsGoesToTheLogNotToTheConsole() throws IOException {
		// the engine is started by a render; from then on its records are the log's
		assertEquals(0, command.run("report", "--default", "--design", "calendar", "--format", "html", "--out",
				dir.resolve("calendar.html").toString()), command.err());
		List<LogRecord> console = new ArrayList<>();
		Handler recorder = new Handler() {
			@Override
			public void publish(LogRecord logRecord) {
				console.add(logRecord);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Logger root = Logger.getLogger("");
		root.addHandler(recorder);
		try {
			// what BIRT logs when a design's script fails: SEVERE, with the exception's ~150-line trace
			Logger.getLogger("org.eclipse.birt.report.engine.script.internal.DtEScriptExecutor").log(Level.SEVERE,
					"Fail to execute script (DesignErrorsTest)", new IllegalStateException("the script failed"));
		} finally {
			root.removeHandler(recorder);
		}
		assertEquals(List.of(), console.stream().map(LogRecord::getMessage).toList(), "nothing reaches the console");
		String log = Files.readString(Platform.getLogFileLocation().toFile().toPath());
		assertTrue(log.contains("Fail to execute script (DesignErrorsTest)")
				&& log.contains("java.lang.IllegalStateException: the script failed"), "in the log, with the trace");
	}

	@Test
	void checkSaysOkForABuiltInDesign() {
		assertEquals(0, command.run("report", "--check", "progress"), command.err());
		assertEquals("design progress: OK" + System.lineSeparator(), command.out());
		assertEquals("", command.err());
		assertEquals(0, command.run("report", "--check", "status", "--default", "--param", "language=fr"),
				command.err());
		assertEquals("design status: OK" + System.lineSeparator(), command.out());
	}

	@Test
	void checkNamesTheElementOfABrokenDesignWithExitCode6() throws IOException {
		Path model = CommandRun.embeddedProgrammeIn(dir);
		assertEquals(6, command.run("report", "--check", UNBOUND, "--model", model.toString()), command.err());
		assertEquals("design " + UNBOUND + ": " + ELEMENT + ": " + REASON + System.lineSeparator(), command.out());
		assertEquals("", command.err());
		try (var files = Files.list(dir)) {
			assertEquals(List.of(model), files.toList(), "no report written");
		}
	}

	@Test
	void checkTakesNoReportOptions() {
		assertEquals(2, command.run("report", "--check", "progress", "--format", "pdf"));
		assertTrue(command.err().startsWith("jwp report: --check writes no report: --format is not for it"),
				command.err());
		assertEquals(2, command.run("report", "--check", "budget"));
		assertTrue(command.err().contains("unknown design \"budget\""), command.err());
	}
}
