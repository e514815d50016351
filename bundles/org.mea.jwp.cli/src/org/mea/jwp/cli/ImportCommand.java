package org.mea.jwp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormatException;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;
import org.mea.jwp.core.exchange.spi.ImportProblem.Severity;
import org.mea.jwp.core.persistence.BoundedInput;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/**
 * {@code jwp import}: reads a file into a programme with one of the importers of
 * {@link DataFormats}, without the workbench. The file's problems are printed as
 * {@code FILE:LINE: severity: message}; when any is an error, nothing is written unless
 * {@code --accept-errors} asks to import the good rows. The programme is saved through
 * {@link ProgrammeStore}: atomically, keeping the previous version as {@code .bak}.
 */
public final class ImportCommand {

	/** Exit codes. */
	public static final int OK = 0;
	public static final int REFUSED = 1;
	public static final int USAGE = 2;
	public static final int BAD_MODEL = 3;
	public static final int IMPORT_FAILED = 4;
	public static final int CANNOT_WRITE = 5;

	static final String USAGE_TEXT = """
			Usage: jwp import --model FILE --format ID --in FILE [--accept-errors] [--out FILE]
			       jwp import --list

			  --model FILE      the programme (.jwp) to import into
			  --format ID       an importer; jwp import --list shows them, e.g.
			                    org.mea.jwp.core.species.csv      species listing (e.g. a Species+ export)
			                    org.mea.jwp.core.activities.csv   activities by code (status, timeframe, lead...)
			  --in FILE         the file to import
			  --accept-errors   import the good rows even if other rows have errors (those rows are skipped)
			  --out FILE        save the result here; without it the model is saved in place, keeping FILE.bak
			  --list            the importers of this installation: id, name, file extensions
			Problems are printed on stderr as FILE:LINE: severity: message (severity critical, error or warning).
			Without --accept-errors, any error or critical problem means nothing is written.
			Exit codes: 0 imported (or nothing to change), 1 problems in the file and nothing written, 2 wrong arguments,
			3 model missing or invalid, 4 input unreadable or importer failed, 5 output not writable or changed by another
			program since it was read,
			""" + Commands.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;

	public ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		Path model = null;
		String formatId = null;
		Path input = null;
		Path output = null;
		boolean acceptErrors = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--list" -> { //$NON-NLS-1$
				Formats.list(DataFormats.get().importers(), out);
				return OK;
			}
			case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
				out.print(USAGE_TEXT);
				return OK;
			}
			case "--accept-errors" -> acceptErrors = true; //$NON-NLS-1$
			case "--model", "--format", "--in", "--out" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (i + 1 >= args.size()) {
					return usage(arg + " needs a value"); //$NON-NLS-1$
				}
				String value = args.get(++i);
				switch (arg) {
				case "--model" -> model = Path.of(value); //$NON-NLS-1$
				case "--format" -> formatId = value; //$NON-NLS-1$
				case "--in" -> input = Path.of(value); //$NON-NLS-1$
				default -> output = Path.of(value);
				}
			}
			default -> {
				return usage("unknown argument \"" + arg + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			}
		}
		if (model == null) {
			return usage("--model is missing (the embedded programme is read-only: import into a copy)"); //$NON-NLS-1$
		}
		if (formatId == null) {
			return usage("--format is missing"); //$NON-NLS-1$
		}
		Optional<DataFormat> format = DataFormats.get().importer(formatId);
		if (format.isEmpty()) {
			return usage(Formats.unknown(formatId, DataFormats.get().importers(), "jwp import --list")); //$NON-NLS-1$
		}
		if (input == null) {
			return usage("--in is missing"); //$NON-NLS-1$
		}
		String sameFile = SameFile.problem(model, "--model", input, "--in"); //$NON-NLS-1$ //$NON-NLS-2$
		if (sameFile == null) {
			sameFile = SameFile.problem(output, "--out", input, "--in"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (sameFile != null) {
			return usage(sameFile);
		}
		Resource resource;
		try {
			resource = new ProgrammeStore().load(model);
		} catch (ProgrammeFileException e) {
			err.println("jwp import: " + e.getMessage()); //$NON-NLS-1$
			return BAD_MODEL;
		}
		ImportPlan plan;
		try (InputStream stream = Files.newInputStream(input)) {
			plan = DataFormats.get().plan(format.get(), ProgrammeStore.programme(resource), stream,
					String.valueOf(input.getFileName()));
		} catch (NoSuchFileException e) {
			err.println("jwp import: cannot read " + input + ": no such file"); //$NON-NLS-1$ //$NON-NLS-2$
			return IMPORT_FAILED;
		} catch (BoundedInput.TooLargeException e) {
			err.println("jwp import: " + e.getMessage()); //$NON-NLS-1$
			return IMPORT_FAILED;
		} catch (IOException e) {
			err.println("jwp import: cannot read " + input + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return IMPORT_FAILED;
		} catch (DataFormatException e) {
			err.println("jwp import: " + e.getMessage()); //$NON-NLS-1$
			return IMPORT_FAILED;
		}
		return apply(plan, format.get(), input, resource, output != null ? output : model, acceptErrors);
	}

	private int apply(ImportPlan plan, DataFormat format, Path input, Resource resource, Path target,
			boolean acceptErrors) {
		for (ImportProblem problem : plan.problems()) {
			err.println(input + (problem.line() > 0 ? ":" + problem.line() : "") + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.message()); //$NON-NLS-1$
		}
		long errors = plan.problems().stream().filter(p -> p.severity() != Severity.WARNING).count();
		if (!plan.canImport()) {
			err.println("jwp import: nothing imported from " + input + ": " + plan.summary()); //$NON-NLS-1$ //$NON-NLS-2$
			return REFUSED;
		}
		if (errors > 0 && !acceptErrors) {
			err.println("jwp import: nothing imported: " + errors + (errors == 1 ? " row has an error" : " rows have errors") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " (would import: " + plan.summary() + "); fix the file, or add --accept-errors to import the other rows"); //$NON-NLS-1$ //$NON-NLS-2$
			return REFUSED;
		}
		FailureRecordingStack stack = new FailureRecordingStack();
		// the workbench's configuration: the same item providers, so recorded baselines stay as recorded
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create(stack, resource.getResourceSet());
		Command command = plan.command(domain);
		if (!command.canExecute()) {
			if (DataFormats.get().importer(format.id()).isEmpty()) {
				err.println("jwp import: the importer " + format.id() + " failed; nothing imported (see the log)"); //$NON-NLS-1$ //$NON-NLS-2$
				return IMPORT_FAILED;
			}
			if (refusedPart(command)) {
				// the item providers refused part of it: in the workbench, too, Finish stays disabled
				err.println("jwp import: nothing imported from " + input + ": the importer's changes include some that no command" //$NON-NLS-1$ //$NON-NLS-2$
						+ " may make (a recorded baseline is never changed, for one); " + target + " not written"); //$NON-NLS-1$ //$NON-NLS-2$
				return REFUSED;
			}
			out.println("jwp import: nothing to change (" + plan.summary() + "); " + target + " not written"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return OK;
		}
		stack.execute(command);
		if (stack.failure != null) {
			err.println("jwp import: the import failed while changing the programme: " + stack.failure //$NON-NLS-1$
					+ "; nothing written"); //$NON-NLS-1$
			return IMPORT_FAILED;
		}
		try {
			new ProgrammeStore().save(resource, target);
		} catch (ProgrammeFileException e) {
			err.println("jwp import: " + e.getMessage()); //$NON-NLS-1$
			return CANNOT_WRITE;
		}
		out.println("jwp import: " + plan.summary() + "; saved " + target.toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		return OK;
	}

	/**
	 * Whether the command holds a part the editing domain refused (item providers answer a change
	 * they do not allow, such as one to a recorded baseline, with {@link UnexecutableCommand}), as
	 * opposed to holding nothing to do.
	 */
	private static boolean refusedPart(Command command) {
		return command instanceof CompoundCommand compound && compound.getCommandList().stream()
				.anyMatch(part -> part == UnexecutableCommand.INSTANCE || refusedPart(part));
	}

	/** A command stack that keeps the exception of a failed command instead of only logging it. */
	private static final class FailureRecordingStack extends BasicCommandStack {
		Exception failure;

		@Override
		protected void handleError(Exception exception) {
			failure = exception;
		}
	}

	private int usage(String problem) {
		err.println("jwp import: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
