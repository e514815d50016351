package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/**
 * {@code jwp export}: writes a programme file (or the embedded programme) with one of the exporters
 * of {@link DataFormats}, without the workbench. Every failure is one line on stderr naming what is
 * wrong, with its own exit code; the output file is written completely or not at all.
 */
public final class ExportCommand {

	/** Exit code of an exporter that failed; the others are {@link ExitCodes}. */
	public static final int EXPORT_FAILED = 4;

	static final String USAGE_TEXT = """
			Usage: jwp export (--model FILE | --default) --format FORMAT --out FILE [--as-at YYYY-MM-DD]
			       jwp export --list

			  --model FILE     the programme (.jwp) to export
			  --default        the embedded CMS-CITES Joint Work Programme 2012-2014
			  --format FORMAT  an exporter, by its short name or its id; jwp export --list shows them:
			                   activities-csv   one row per activity
			                   taxa-csv         the taxa (jwp import reads it back)
			                   json             the programme as one JSON document
			                   iati             the activities as IATI 2.03 XML
			                   (ids such as org.mea.jwp.core.iati.xml work too)
			  --out FILE       where to write (replaced if it exists)
			  --as-at DATE     the taxa's appendices as in force on that day (default: the last day of
			                   the programme's period, 2014-12-31 for the embedded programme)
			  --list           the exporters of this installation: id, short name, name, file extensions
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 4 export failed, 5 output not writable,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final CommandLine line;

	public ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.line = new CommandLine("export", USAGE_TEXT, out, err).flags("--list", "--default") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.values("--model", "--format", "--out", "--as-at"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		if (arguments.has("--list")) { //$NON-NLS-1$
			return Formats.list(DataFormat.Kind.EXPORTER, out);
		}
		LocalDate asAt = null;
		if (arguments.has("--as-at")) { //$NON-NLS-1$
			try {
				asAt = LocalDate.parse(arguments.value("--as-at")); //$NON-NLS-1$
			} catch (DateTimeParseException e) {
				return line
						.usage("--as-at \"" + arguments.value("--as-at") + "\" is not a date; use the form 2013-06-12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		ModelArgument model = ModelArgument.of(arguments);
		if (model.problem() != null) {
			return line.usage(model.problem());
		}
		Optional<DataFormat> format = Formats.find(line, arguments.value("--format"), DataFormat.Kind.EXPORTER); //$NON-NLS-1$
		if (format.isEmpty()) {
			return ExitCodes.USAGE;
		}
		Path output = model.output(line, arguments);
		if (output == null) {
			return ExitCodes.USAGE;
		}
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		ExportContext context = asAt == null ? ExportContext.of(programme) : new ExportContext(asAt);
		Path target = output.toAbsolutePath();
		return OutputFile.write(line, target,
				stream -> DataFormats.get().write(format.get(), programme, stream, context),
				EXPORT_FAILED, "wrote " + target + " (" + format.get().name() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
