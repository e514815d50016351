package org.mea.jwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormatException;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.persistence.SiblingFiles;
import org.mea.jwp.model.Programme;

/**
 * {@code jwp export}: writes a programme file (or the embedded programme) with one of the exporters
 * of {@link DataFormats}, without the workbench. Every failure is one line on stderr naming what is
 * wrong, with its own exit code; the output file is written completely or not at all.
 */
public final class ExportCommand {

	/** Exit codes. */
	public static final int OK = 0;
	public static final int USAGE = 2;
	public static final int BAD_MODEL = 3;
	public static final int EXPORT_FAILED = 4;
	public static final int CANNOT_WRITE = 5;

	static final String USAGE_TEXT = """
			Usage: jwp export (--model FILE | --default) --format ID --out FILE [--as-at YYYY-MM-DD]
			       jwp export --list

			  --model FILE   the programme (.jwp) to export
			  --default      the embedded CMS-CITES Joint Work Programme 2012-2014
			  --format ID    an exporter; jwp export --list shows them, e.g.
			                 org.mea.jwp.core.activities.csv   one row per activity
			                 org.mea.jwp.core.taxa.csv         the taxa (jwp import reads it back)
			                 org.mea.jwp.core.json             the programme as one JSON document
			                 org.mea.jwp.core.iati.xml         the activities as IATI 2.03 XML
			  --out FILE     where to write (replaced if it exists)
			  --as-at DATE   the taxa's appendices as in force on that day (default: the last day of
			                 the programme's period, 2014-12-31 for the embedded programme)
			  --list         the exporters of this installation: id, name, file extensions
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 4 export failed, 5 output not writable,
			""" + Commands.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;

	public ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		ModelArgument model = new ModelArgument();
		String formatId = null;
		Path output = null;
		LocalDate asAt = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--list" -> { //$NON-NLS-1$
				Formats.list(DataFormats.get().exporters(), out);
				return OK;
			}
			case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
				out.print(USAGE_TEXT);
				return OK;
			}
			case "--default" -> model.useDefault(); //$NON-NLS-1$
			case "--model", "--format", "--out", "--as-at" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (i + 1 >= args.size()) {
					return usage(arg + " needs a value"); //$NON-NLS-1$
				}
				String value = args.get(++i);
				switch (arg) {
				case "--model" -> model.model(value); //$NON-NLS-1$
				case "--format" -> formatId = value; //$NON-NLS-1$
				case "--as-at" -> { //$NON-NLS-1$
					try {
						asAt = LocalDate.parse(value);
					} catch (DateTimeParseException e) {
						return usage("--as-at \"" + value + "\" is not a date; use the form 2013-06-12"); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				default -> output = Path.of(value);
				}
			}
			default -> {
				return usage("unknown argument \"" + arg + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			}
		}
		if (model.problem() != null) {
			return usage(model.problem());
		}
		if (formatId == null) {
			return usage("--format is missing"); //$NON-NLS-1$
		}
		Optional<DataFormat> format = DataFormats.get().exporter(formatId);
		if (format.isEmpty()) {
			return usage(Formats.unknown(formatId, DataFormats.get().exporters(), "jwp export --list")); //$NON-NLS-1$
		}
		if (output == null) {
			return usage("--out is missing"); //$NON-NLS-1$
		}
		String sameFile = SameFile.problem(output, "--out", model.file(), "--model"); //$NON-NLS-1$ //$NON-NLS-2$
		if (sameFile != null) {
			return usage(sameFile);
		}
		org.eclipse.emf.ecore.resource.Resource resource = model.load("export", err); //$NON-NLS-1$
		if (resource == null) {
			return BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		ExportContext context = asAt == null ? ExportContext.of(programme) : new ExportContext(asAt);
		return write(format.get(), programme, context, output.toAbsolutePath());
	}

	private int write(DataFormat format, Programme programme, ExportContext context, Path output) {
		Path folder = output.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			err.println("jwp export: cannot write " + output + ": the folder does not exist"); //$NON-NLS-1$ //$NON-NLS-2$
			return CANNOT_WRITE;
		}
		try {
			SiblingFiles.replace(output, stream -> DataFormats.get().write(format, programme, stream, context));
			out.println("jwp export: wrote " + output + " (" + format.name() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return OK;
		} catch (DataFormatException e) {
			err.println("jwp export: " + e.getMessage()); //$NON-NLS-1$
			return EXPORT_FAILED;
		} catch (IOException e) {
			err.println("jwp export: cannot write " + output + ": " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
					+ "; the previous file, if any, is unchanged"); //$NON-NLS-1$
			return CANNOT_WRITE;
		}
	}

	private int usage(String problem) {
		err.println("jwp export: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
