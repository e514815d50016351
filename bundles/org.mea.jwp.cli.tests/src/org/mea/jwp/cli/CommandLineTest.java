package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one argument parser of the commands: what it takes, and the one line it says for what it does not. */
class CommandLineTest {

	private static final String USAGE = "Usage: jwp test --out FILE\n";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private CommandLine line() {
		return new CommandLine("test", USAGE, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).flags("--default", "--list")
				.values("--out", "--model").repeatable("--param")
				.refuse("--cycle", "cycles are elsewhere");
	}

	private CommandLine.Arguments parse(String... args) {
		out.reset();
		err.reset();
		return line().parse(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void takesFlagsValuesAndRepeatedValues() {
		CommandLine.Arguments arguments = parse("--default", "--out", "a.txt", "--param", "x=1", "--param=y=2",
				"--out=b.txt");
		assertFalse(arguments.stop(), err());
		assertTrue(arguments.has("--default"));
		assertFalse(arguments.has("--list"));
		assertEquals("b.txt", arguments.value("--out"), "the last value given");
		assertEquals(List.of("x=1", "y=2"), arguments.values("--param"));
		assertEquals(null, arguments.value("--model"));
		assertEquals("", err());
	}

	@Test
	void anUnknownOptionIsOneLineThenTheUsageAndExitCode2() {
		CommandLine.Arguments arguments = parse("--out", "a.txt", "--frobnicate");
		assertTrue(arguments.stop());
		assertEquals(ExitCodes.USAGE, arguments.exit());
		assertEquals("jwp test: unknown option '--frobnicate'\n" + USAGE, err());
		parse("--cycle", "x");
		assertEquals("jwp test: unknown option '--cycle': cycles are elsewhere\n" + USAGE, err(),
				"a refused option says why");
		assertEquals(ExitCodes.USAGE, parse("stray").exit());
		assertTrue(err().startsWith("jwp test: unexpected argument 'stray'"), err());
	}

	@Test
	void aMissingValueIsNamed() {
		assertEquals(ExitCodes.USAGE, parse("--default", "--out").exit());
		assertTrue(err().startsWith("jwp test: --out needs a value\n"), err());
		assertEquals(ExitCodes.USAGE, parse("--out", "--default").exit(), "an option is not a value");
		assertTrue(err().startsWith("jwp test: --out needs a value\n"), err());
		assertEquals(ExitCodes.USAGE, parse("--out", "--fromat").exit(), "a misspelt option is not a value either");
		assertTrue(err().startsWith("jwp test: --out needs a value\n"), err());
		assertEquals(ExitCodes.USAGE, parse("--out", "--cycle").exit(), "nor is a refused one");
		assertTrue(err().startsWith("jwp test: --out needs a value\n"), err());
		assertEquals(ExitCodes.USAGE, parse("--out=").exit());
		assertTrue(err().startsWith("jwp test: --out needs a value\n"), err());
		assertEquals(ExitCodes.USAGE, parse("--list=yes").exit());
		assertTrue(err().startsWith("jwp test: --list takes no value\n"), err());
	}

	@Test
	void helpAnywhereShowsTheUsageOnStdoutAndExitCode0() {
		for (String help : List.of("--help", "-h")) {
			CommandLine.Arguments arguments = parse("--default", help);
			assertTrue(arguments.stop());
			assertEquals(ExitCodes.OK, arguments.exit());
			assertEquals(USAGE, out.toString(StandardCharsets.UTF_8));
			assertEquals("", err());
		}
	}

	@Test
	void operandsAreCountedAndMayStartWithADash() {
		CommandLine operands = new CommandLine("test", USAGE, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).operands(2, "takes two files");
		assertEquals(List.of("-a", "b"), operands.parse(List.of("-a", "b")).operands());
		assertEquals(ExitCodes.USAGE, operands.parse(List.of("a")).exit());
		assertTrue(err().startsWith("jwp test: takes two files, not 1\n"), err());
		assertEquals(ExitCodes.OK, operands.parse(List.of("--help")).exit());
	}

	@Test
	void everyCommandAnswersAnUnknownOptionTheSameWay() {
		CommandRun run = new CommandRun();
		for (String verb : List.of("report", "export", "import", "baseline", "diff", "continue", "translate", "log",
				"validate")) {
			assertEquals(ExitCodes.USAGE, run.run(verb, "--x"), verb);
			assertTrue(run.err().startsWith("jwp " + verb + ": unknown option '--x'\nUsage: jwp " + verb), run.err());
			assertEquals(ExitCodes.USAGE, run.run(verb, "--model"), verb);
			assertTrue(run.err().startsWith("jwp " + verb + ": --model needs a value\n"), run.err());
			assertEquals(ExitCodes.OK, run.run(verb, "-h"), verb);
			assertTrue(run.out().startsWith("Usage: jwp " + verb), run.out());
		}
	}
}
