package org.mea.jwp.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * The headless commands by name, and the one place where a failure nobody foresaw becomes what a
 * user of a command line expects: one line on stderr that says what happened and where the
 * details are, and a non-zero exit code. Each command maps the failures it knows (wrong
 * arguments, a broken programme, a full disk...) to the codes of {@link ExitCodes} and its own,
 * and reads its arguments with {@link CommandLine}; this class catches
 * everything else — a bug, an exhausted memory — so that no command ever ends with exit code 0
 * and nothing said, or with a raw stack trace.
 */
public final class Commands {

	private Commands() {
	}

	/** The command called {@code name} writing to {@code out} and {@code err}, or {@code null}. */
	static Command named(String name, PrintStream out, PrintStream err, LocalDate today) {
		return switch (name) {
		case "report" -> new ReportCommand(out, err)::run; //$NON-NLS-1$
		case "export" -> new ExportCommand(out, err)::run; //$NON-NLS-1$
		case "import" -> new ImportCommand(out, err)::run; //$NON-NLS-1$
		case "baseline" -> new BaselineCommand(out, err, today)::run; //$NON-NLS-1$
		case "diff" -> new DiffCommand(out, err, today)::run; //$NON-NLS-1$
		case "continue" -> new ContinueCommand(out, err)::run; //$NON-NLS-1$
		case "translate" -> new TranslateCommand(out, err)::run; //$NON-NLS-1$
		case "merge-driver" -> new MergeDriverCommand(out, err)::run; //$NON-NLS-1$
		case "log" -> new LogCommand(out, err)::run; //$NON-NLS-1$
		case "validate" -> new ValidateCommand(out, err)::run; //$NON-NLS-1$
		case "new-plugin" -> new NewPluginCommand(out, err)::run; //$NON-NLS-1$
		default -> null;
		};
	}

	/**
	 * Runs the command called {@code name} as the product does: through {@link #run}, then
	 * {@link #outputWritten}; a name no command has is said on {@code err} and gives
	 * {@link ExitCodes#INTERNAL_ERROR} (plugin.xml and the start script name only commands there are).
	 */
	static int runNamed(String name, List<String> args, PrintStream out, PrintStream err) {
		Command command = named(name, out, err, LocalDate.now());
		if (command == null) {
			err.println("jwp: no command called \"" + name + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.INTERNAL_ERROR;
		}
		return outputWritten(name, run(name, command, args, err), out, err);
	}

	/**
	 * Runs {@code command}; whatever it throws is logged with its stack trace and reported on
	 * {@code err} as one line, and gives {@link ExitCodes#INTERNAL_ERROR}.
	 */
	public static int run(String name, Command command, List<String> args, PrintStream err) {
		try {
			return command.run(args);
		} catch (OutOfMemoryError e) {
			// the command's data are unreachable now, so there is memory again to say so
			long limit = Runtime.getRuntime().maxMemory() >> 20;
			return report(name, err, e, "ran out of memory (the limit is " + limit //$NON-NLS-1$
					+ " MB; a larger one can be given with JWP_VMARGS=-Xmx4g)"); //$NON-NLS-1$
		} catch (StackOverflowError e) {
			return report(name, err, e, "the input is nested too deeply to be processed"); //$NON-NLS-1$
		} catch (RuntimeException | Error e) {
			return report(name, err, e, "unexpected failure: " + describe(e)); //$NON-NLS-1$
		}
	}

	/**
	 * {@code code}, unless what the command printed on {@code out} did not all arrive (a full disk
	 * behind {@code > file}, a closed pipe): a {@link PrintStream} keeps such failures to itself, so
	 * without this a command whose output was lost would end with exit code 0. Then the loss is said
	 * on {@code err} and the code is {@link ExitCodes#CANNOT_WRITE}; a command that failed keeps its
	 * own code.
	 */
	public static int outputWritten(String name, int code, PrintStream out, PrintStream err) {
		out.flush();
		if (code >= ExitCodes.USAGE || !out.checkError()) {
			return code;
		}
		err.println(
				"jwp " + name + ": the output could not be written (a full disk or a closed pipe); it is incomplete"); //$NON-NLS-1$ //$NON-NLS-2$
		err.flush();
		return ExitCodes.CANNOT_WRITE;
	}

	private static int report(String name, PrintStream err, Throwable failure, String what) {
		String where = log(name, failure, what);
		err.println("jwp " + name + ": " + what + "; nothing was written" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (where == null ? "" : "; details in " + where)); //$NON-NLS-1$ //$NON-NLS-2$
		err.flush();
		return ExitCodes.INTERNAL_ERROR;
	}

	/** Logs the failure with its stack trace; returns the log file, or {@code null} when it could not be logged. */
	private static String log(String name, Throwable failure, String what) {
		try {
			ILog.of(Commands.class).error("jwp " + name + ": " + what, failure); //$NON-NLS-1$ //$NON-NLS-2$
			return String.valueOf(Platform.getLogFileLocation().toFile());
		} catch (RuntimeException | LinkageError logFailed) {
			return null; // outside a running platform, or while it stops: the line on stderr is all there is
		}
	}

	/** "NullPointerException: Cannot invoke ..." — the class's simple name and the message, on one line. */
	static String describe(Throwable failure) {
		String message = failure.getMessage();
		String text = failure.getClass().getSimpleName()
				+ (message == null || message.isBlank() ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
		return text.replaceAll("\\s*\\R\\s*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
