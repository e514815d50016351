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

	/** Exit code of a file with problems, so that nothing was imported; the others are {@link ExitCodes}. */
	public static final int REFUSED = 1;
	/** Exit code of an input that cannot be read, or an importer that failed. */
	public static final int IMPORT_FAILED = 4;

	static final String USAGE_TEXT = """
			Usage: jwp import --model FILE --format FORMAT --in FILE [--accept-errors] [--out FILE]
			       jwp import --list

			  --model FILE      the programme (.jwp) to import into
			  --format FORMAT   an importer, by its short name or its id; jwp import --list shows them:
			                    species-csv       species listing (e.g. a Species+ export)
			                    speciesplus-csv   a Species+ or CITES Checklist download as it comes
			                    cites-appendices  the CITES Appendices as published on cites.org (HTML)
			                    activities-csv    activities by code (status, timeframe, lead...)
			                    (ids such as org.mea.jwp.core.species.csv work too)
			  --in FILE         the file to import
			  --accept-errors   import the good rows even if other rows have errors (those rows are skipped)
			  --out FILE        save the result here; without it the model is saved in place, keeping FILE.bak
			  --list            the importers of this installation: id, short name, name, file extensions
			Problems are printed on stderr as FILE:LINE: severity: message (severity critical, error or warning).
			Without --accept-errors, any error or critical problem means nothing is written.
			Exit codes: 0 imported (or nothing to change), 1 problems in the file and nothing written, 2 wrong arguments,
			3 model missing or invalid, 4 input unreadable or importer failed, 5 output not writable or changed by another
			program since it was read,
			""" //$NON-NLS-1$
			+ ExitCodes.INTERNAL_ERROR_TEXT;

	private final PrintStream out;
	private final PrintStream err;
	private final CommandLine line;

	public ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.line = new CommandLine("import", USAGE_TEXT, out, err).flags("--list", "--accept-errors") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.values("--model", "--format", "--in", "--out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.refuse("--default", "the embedded programme is read-only: import into a copy"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		if (arguments.has("--list")) { //$NON-NLS-1$
			return Formats.list(DataFormat.Kind.IMPORTER, out);
		}
		Path model = arguments.path("--model"); //$NON-NLS-1$
		if (model == null) {
			return line.usage("--model is missing (the embedded programme is read-only: import into a copy)"); //$NON-NLS-1$
		}
		Optional<DataFormat> format = Formats.find(line, arguments.value("--format"), DataFormat.Kind.IMPORTER); //$NON-NLS-1$
		if (format.isEmpty()) {
			return ExitCodes.USAGE;
		}
		Path input = arguments.path("--in"); //$NON-NLS-1$
		if (input == null) {
			return line.usage("--in is missing"); //$NON-NLS-1$
		}
		Path output = arguments.path("--out"); //$NON-NLS-1$
		String sameFile = SameFile.problem(model, "--model", input, "--in"); //$NON-NLS-1$ //$NON-NLS-2$
		if (sameFile == null) {
			sameFile = SameFile.problem(output, "--out", input, "--in"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (sameFile != null) {
			return line.usage(sameFile);
		}
		Resource resource = ModelArgument.of(arguments).load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		ImportPlan plan;
		try (InputStream stream = Files.newInputStream(input)) {
			plan = DataFormats.get().plan(format.get(), ProgrammeStore.programme(resource), stream,
					String.valueOf(input.getFileName()));
		} catch (NoSuchFileException e) {
			return line.fail(IMPORT_FAILED, "cannot read " + input + ": no such file"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (BoundedInput.TooLargeException | DataFormatException e) {
			return line.fail(IMPORT_FAILED, e.getMessage());
		} catch (IOException e) {
			return line.fail(IMPORT_FAILED, "cannot read " + input + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return apply(plan, format.get(), input, resource, output != null ? output : model,
				arguments.has("--accept-errors")); //$NON-NLS-1$
	}

	private int apply(ImportPlan plan, DataFormat format, Path input, Resource resource, Path target,
			boolean acceptErrors) {
		for (ImportProblem problem : plan.problems()) {
			err.println(input + (problem.line() > 0 ? ":" + problem.line() : "") + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.message()); //$NON-NLS-1$
		}
		long errors = plan.problems().stream().filter(p -> p.severity() != Severity.WARNING).count();
		if (!plan.canImport()) {
			return line.fail(REFUSED, "nothing imported from " + input + ": " + plan.summary()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (errors > 0 && !acceptErrors) {
			return line.fail(REFUSED,
					"nothing imported: " + errors + (errors == 1 ? " row has an error" : " rows have errors") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ " (would import: " + plan.summary() //$NON-NLS-1$
							+ "); fix the file, or add --accept-errors to import the other rows"); //$NON-NLS-1$
		}
		FailureRecordingStack stack = new FailureRecordingStack();
		// the workbench's configuration: the same item providers, so recorded baselines stay as recorded
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create(stack, resource.getResourceSet());
		Command command = plan.command(domain);
		if (!command.canExecute()) {
			if (DataFormats.get().importer(format.id()).isEmpty()) {
				return line.fail(IMPORT_FAILED,
						"the importer " + format.id() + " failed; nothing imported (see the log)"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (refusedPart(command)) {
				// the item providers refused part of it: in the workbench, too, Finish stays disabled
				return line.fail(REFUSED,
						"nothing imported from " + input + ": the importer's changes include some that no command" //$NON-NLS-1$ //$NON-NLS-2$
								+ " may make (a recorded baseline is never changed, for one); " + target //$NON-NLS-1$
								+ " not written"); //$NON-NLS-1$
			}
			line.done("nothing to change (" + plan.summary() + "); " + target + " not written"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ExitCodes.OK;
		}
		stack.execute(command);
		if (stack.failure != null) {
			return line.fail(IMPORT_FAILED, "the import failed while changing the programme: " + stack.failure //$NON-NLS-1$
					+ "; nothing written"); //$NON-NLS-1$
		}
		try {
			new ProgrammeStore().save(resource, target);
		} catch (ProgrammeFileException e) {
			return line.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
		}
		line.done(plan.summary() + "; saved " + target.toAbsolutePath()); //$NON-NLS-1$
		return ExitCodes.OK;
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
}
