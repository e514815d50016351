package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A command whose printed output does not arrive (a full disk behind {@code > file}, a closed pipe)
 * does not end with exit code 0: {@link Commands#outputWritten} says so, with exit code 5.
 */
class OutputRefusedTest {

	/** Standard output on a full disk: every write fails. */
	private static final class FullDisk extends OutputStream {
		@Override
		public void write(int b) throws IOException {
			throw new IOException("No space left on device");
		}
	}

	private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
	private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

	private int run(PrintStream out, String verb, String... args) {
		int code = Commands.run(verb, Commands.named(verb, out, err, CommandRun.TODAY), List.of(args), err);
		return Commands.outputWritten(verb, code, out, err);
	}

	@Test
	void lostOutputIsExitCode5AndSaid() {
		PrintStream full = new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8);
		assertEquals(ExitCodes.CANNOT_WRITE, run(full, "diff", "--default", "--from", "SC62"));
		assertTrue(errBytes.toString(StandardCharsets.UTF_8)
				.contains("jwp diff: the output could not be written (a full disk or a closed pipe)"),
				errBytes.toString());
		errBytes.reset();
		assertEquals(ExitCodes.CANNOT_WRITE,
				run(new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8), "validate", "--default"));
		assertTrue(
				errBytes.toString(StandardCharsets.UTF_8).startsWith("jwp validate: the output could not be written"),
				errBytes.toString());
	}

	@Test
	void outputThatArrivesAndFailuresKeepTheirCodes() {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(outBytes, false, StandardCharsets.UTF_8);
		assertEquals(ExitCodes.OK, run(out, "diff", "--default", "--from", "SC62"));
		assertTrue(outBytes.size() > 0, "the changes were printed");
		// a command that failed keeps its own code, whatever became of its output
		assertEquals(ExitCodes.USAGE, run(new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8), "diff",
				"--default", "--from", "SC99"));
	}
}
