package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The arguments one {@code jwp} command takes, and how it speaks: every command declares its options
 * here and reads them through {@link #parse}, so that all say the same things the same way —
 * "{@code jwp export: unknown option '--x'}", "{@code --out needs a value}", {@code --help} and
 * {@code -h} anywhere, the usage after every wrong argument and exit code {@link ExitCodes#USAGE}.
 * Options are long ({@code --out FILE} or {@code --out=FILE}); a value option given twice keeps the
 * last value; a repeatable one ({@code --param NAME=VALUE}) keeps them all.
 * <p>
 * Hand-written rather than a library: no argument parser is in the target platform
 * ({@code targetplatform/jwp.target} has no commons-cli, picocli or the like), and what the commands
 * need — flags, options with a value, repeatable options, a fixed number of operands, one operand
 * among options — fits in this
 * class, where a library would be one more bundle in the product and in its licence list.
 */
final class CommandLine {

	private enum Kind {
		FLAG, VALUE, REPEATABLE
	}

	private final String verb;
	private final String usageText;
	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Kind> options = new HashMap<>();
	private final Map<String, String> refusals = new HashMap<>();
	private int operands = -1;
	private String operandsText;
	private String operand;

	/**
	 * @param verb the command's name, e.g. {@code export}
	 * @param usageText its help, printed as it is
	 */
	CommandLine(String verb, String usageText, PrintStream out, PrintStream err) {
		this.verb = verb;
		this.usageText = usageText;
		this.out = out;
		this.err = err;
	}

	/** Options without a value, e.g. {@code --default}. */
	CommandLine flags(String... names) {
		return declare(Kind.FLAG, names);
	}

	/** Options with one value, e.g. {@code --out FILE}. */
	CommandLine values(String... names) {
		return declare(Kind.VALUE, names);
	}

	/** Options with a value that may be given more than once, e.g. {@code --param NAME=VALUE}. */
	CommandLine repeatable(String... names) {
		return declare(Kind.REPEATABLE, names);
	}

	/**
	 * An option the command does not take although people will try it; the "unknown option" line
	 * then says why, e.g. {@code --default} where the embedded programme cannot be changed.
	 */
	CommandLine refuse(String name, String why) {
		refusals.put(name, why);
		return this;
	}

	/**
	 * Takes exactly {@code count} operands and no options ({@code merge-driver}: Git passes file names,
	 * which may start with a dash); {@code what} starts the message when the count is wrong.
	 */
	CommandLine operands(int count, String what) {
		operands = count;
		operandsText = what;
		return this;
	}

	/**
	 * Takes one operand among its options ({@code new-plugin ID --sdk ...}); {@code what} names it
	 * in the message when it is missing or given twice.
	 */
	CommandLine operand(String what) {
		operand = what;
		return this;
	}

	private CommandLine declare(Kind kind, String... names) {
		for (String name : names) {
			options.put(name, kind);
		}
		return this;
	}

	/** Reads {@code args}; when they end the command (help, a wrong argument) the result says with which exit code. */
	Arguments parse(List<String> args) {
		if (operands >= 0) {
			if (args.size() == 1 && isHelp(args.get(0))) {
				return help();
			}
			return args.size() == operands ? new Arguments(Map.of(), List.copyOf(args))
					: stop(usage(operandsText + ", not " + args.size())); //$NON-NLS-1$
		}
		Map<String, List<String>> given = new HashMap<>();
		List<String> operandGiven = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (isHelp(arg)) {
				return help();
			}
			if (!arg.startsWith("-") || arg.length() == 1) { //$NON-NLS-1$
				if (operand != null && operandGiven.isEmpty()) {
					operandGiven.add(arg);
					continue;
				}
				return stop(usage("unexpected argument '" + arg + "'" //$NON-NLS-1$ //$NON-NLS-2$
						+ (operand == null ? " (options start with --)" //$NON-NLS-1$
								: " after " + operand + " '" + operandGiven.get(0) + "'"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String name = name(arg);
			String inline = name.length() < arg.length() ? arg.substring(name.length() + 1) : null;
			Kind kind = options.get(name);
			if (kind == null) {
				String why = refusals.get(name);
				return stop(usage("unknown option '" + name + "'" + (why == null ? "" : ": " + why))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			List<String> values = given.computeIfAbsent(name, n -> new ArrayList<>());
			if (kind == Kind.FLAG) {
				if (inline != null) {
					return stop(usage(name + " takes no value")); //$NON-NLS-1$
				}
				continue;
			}
			String value = inline;
			if (value == null && i + 1 < args.size() && !isOption(args.get(i + 1))) {
				value = args.get(++i);
			}
			if (value == null || value.isEmpty()) {
				return stop(usage(name + " needs a value")); //$NON-NLS-1$
			}
			if (kind == Kind.VALUE) {
				values.clear();
			}
			values.add(value);
		}
		if (operand != null && operandGiven.isEmpty()) {
			return stop(usage(operand + " is missing")); //$NON-NLS-1$
		}
		return new Arguments(given, List.copyOf(operandGiven));
	}

	/**
	 * Runs {@code command} with the arguments {@code args} give, unless they end it first (help was
	 * asked for, an argument is wrong); returns the exit code.
	 */
	int run(List<String> args, ToIntFunction<Arguments> command) {
		Arguments arguments = parse(args);
		return arguments.stop() ? arguments.exit() : command.applyAsInt(arguments);
	}

	/**
	 * Whether the next argument is an option rather than a value ({@code --out --model}): one of this
	 * command's, or anything else spelt like one ({@code --model --default}, a misspelt
	 * {@code --fromat}), which would otherwise become a file name. A value that starts with two dashes
	 * is given as {@code --option=--value}.
	 */
	private boolean isOption(String arg) {
		return isHelp(arg) || options.containsKey(name(arg)) || arg.matches("--[A-Za-z].*"); //$NON-NLS-1$
	}

	/** The option's name: {@code --out} of {@code --out=FILE}. */
	private static String name(String arg) {
		int equals = arg.startsWith("--") ? arg.indexOf('=') : -1; //$NON-NLS-1$
		return equals > 0 ? arg.substring(0, equals) : arg;
	}

	private static boolean isHelp(String arg) {
		return "--help".equals(arg) || "-h".equals(arg); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Arguments help() {
		out.print(usageText);
		return stop(ExitCodes.OK);
	}

	private static Arguments stop(int code) {
		return new Arguments(code);
	}

	/**
	 * The value of {@code option} as one of the constants of {@code otherwise}'s type, in any case
	 * ({@code --format csv}); {@code otherwise} when the option is not given. For another value says
	 * "unknown format "x"; use text, csv or json" with the usage and returns {@code null}: the
	 * command then ends with {@link ExitCodes#USAGE}.
	 */
	<E extends Enum<E>> E choice(Arguments arguments, String option, E otherwise) {
		String value = arguments.value(option);
		if (value == null) {
			return otherwise;
		}
		E[] constants = otherwise.getDeclaringClass().getEnumConstants();
		for (E constant : constants) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		List<String> names = Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
		String choices = names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
		usage("unknown " + option.replaceFirst("^-+", "") + " \"" + value + "\"; use " + choices); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return null;
	}

	/** "jwp VERB: problem" and the usage on stderr; returns {@link ExitCodes#USAGE}. */
	int usage(String problem) {
		err.println("jwp " + verb + ": " + problem); //$NON-NLS-1$ //$NON-NLS-2$
		err.print(usageText);
		return ExitCodes.USAGE;
	}

	/** "jwp VERB: message" on stderr, one line; returns {@code code}. */
	int fail(int code, String message) {
		warn(message);
		return code;
	}

	/** "jwp VERB: message" on stderr: a problem that does not end the command by itself. */
	void warn(String message) {
		err.println("jwp " + verb + ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "jwp VERB: message" on stdout: what was done. */
	void done(String message) {
		out.println("jwp " + verb + ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The command's name, for messages that name it. */
	String verb() {
		return verb;
	}

	/** What {@link #parse} read: the options given and their values, or the exit code the command ends with. */
	static final class Arguments {

		private final int exit;
		private final Map<String, List<String>> given;
		private final List<String> operands;

		private Arguments(Map<String, List<String>> given, List<String> operands) {
			this.exit = -1;
			this.given = given;
			this.operands = operands;
		}

		private Arguments(int exit) {
			this.exit = exit;
			this.given = Map.of();
			this.operands = List.of();
		}

		/** Whether the command ends now, with {@link #exit()}: help was shown, or an argument is wrong. */
		boolean stop() {
			return exit >= 0;
		}

		int exit() {
			return exit;
		}

		/** Whether the option was given (a flag, or an option with a value). */
		boolean has(String option) {
			return given.containsKey(option);
		}

		/** The option's value (the last one given), or {@code null}. */
		String value(String option) {
			List<String> values = values(option);
			return values.isEmpty() ? null : values.get(values.size() - 1);
		}

		/** The option's value as a path, or {@code null}. */
		Path path(String option) {
			String value = value(option);
			return value == null ? null : WorkingDirectory.resolve(value);
		}

		/** Every value given for the option, in order. */
		List<String> values(String option) {
			return given.getOrDefault(option, List.of());
		}

		/** The operands of a command that takes operands, or its one operand among options. */
		List<String> operands() {
			return operands;
		}
	}
}
