package org.mea.jwp.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;

/** How {@code jwp import} and {@code jwp export} take {@code --format}, list the formats and name an unknown one. */
final class Formats {

	/** What {@code --list} shows for a format without a short name. */
	private static final String NO_ALIAS = "-"; //$NON-NLS-1$

	private Formats() {
	}

	/**
	 * {@code --list}: one line per importer or exporter ({@code kind}): id, short name ({@code -} when
	 * none), name, extensions. Ids first, as before short names existed, so that scripts that cut the
	 * first column keep working. Returns the exit code.
	 */
	static int list(DataFormat.Kind kind, PrintStream out) {
		List<DataFormat> formats = formats(kind);
		int idWidth = formats.stream().mapToInt(f -> f.id().length()).max().orElse(0);
		int aliasWidth = formats.stream().mapToInt(f -> alias(f).length()).max().orElse(0);
		for (DataFormat format : formats) {
			out.println(pad(format.id(), idWidth) + pad(alias(format), aliasWidth) + format.name() + " (." //$NON-NLS-1$
					+ String.join(", .", format.extensions()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ExitCodes.OK;
	}

	/**
	 * The format {@code --format} names, by id or short name, among the importers or exporters
	 * ({@code kind}); when it is missing or unknown, says so with the usage and returns empty (exit
	 * code {@link ExitCodes#USAGE}).
	 */
	static Optional<DataFormat> find(CommandLine line, String idOrAlias, DataFormat.Kind kind) {
		if (idOrAlias == null) {
			line.usage("--format is missing"); //$NON-NLS-1$
			return Optional.empty();
		}
		DataFormats all = DataFormats.get();
		Optional<DataFormat> format = kind == DataFormat.Kind.IMPORTER ? all.importer(idOrAlias)
				: all.exporter(idOrAlias);
		if (format.isEmpty()) {
			line.usage("unknown format \"" + idOrAlias + "\"; formats: " //$NON-NLS-1$ //$NON-NLS-2$
					+ formats(kind).stream().map(Formats::named).collect(Collectors.joining(", ")) //$NON-NLS-1$
					+ " (jwp " + line.verb() + " --list)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return format;
	}

	private static List<DataFormat> formats(DataFormat.Kind kind) {
		return kind == DataFormat.Kind.IMPORTER ? DataFormats.get().importers() : DataFormats.get().exporters();
	}

	/** "iati (org.mea.jwp.core.iati.xml)", or the id alone for a format without a short name. */
	private static String named(DataFormat format) {
		return format.alias().isEmpty() ? format.id() : format.alias() + " (" + format.id() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String alias(DataFormat format) {
		return format.alias().isEmpty() ? NO_ALIAS : format.alias();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length() + 2); //$NON-NLS-1$
	}
}
