package org.mea.jwp.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.mea.jwp.core.exchange.DataFormat;

/** How {@code jwp import} and {@code jwp export} list formats and name an unknown one. */
final class Formats {

	private Formats() {
	}

	/** One line per format: id, name, extensions; ids first so that scripts can cut them. */
	static void list(List<DataFormat> formats, PrintStream out) {
		int width = formats.stream().mapToInt(f -> f.id().length()).max().orElse(0);
		for (DataFormat format : formats) {
			out.println(format.id() + " ".repeat(width - format.id().length() + 2) + format.name() + " (." //$NON-NLS-1$ //$NON-NLS-2$
					+ String.join(", .", format.extensions()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static String unknown(String id, List<DataFormat> formats, String listCommand) {
		return "unknown format \"" + id + "\"; formats: " //$NON-NLS-1$ //$NON-NLS-2$
				+ formats.stream().map(DataFormat::id).collect(Collectors.joining(", ")) + " (" + listCommand + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
