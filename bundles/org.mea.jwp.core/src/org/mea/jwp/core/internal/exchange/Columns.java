package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the columns an importer knows in a CSV header. Names are compared without case, spaces,
 * underscores, hyphens and parentheses, so "Scientific Name", "scientific_name" and
 * "ScientificName" are one column, as are "Common Name(s)" and "common names".
 */
final class Columns {

	private final List<String> header;
	private final Map<String, Integer> indexes = new LinkedHashMap<>();
	private final List<String> unknown = new ArrayList<>();
	private final List<String> repeated = new ArrayList<>();

	/**
	 * @param header the header's cells
	 * @param aliases for each field the normalized names that mean it (see {@link #key(String)})
	 * @param ignored normalized names of columns that are known but not imported (no warning)
	 */
	Columns(List<String> header, Map<String, Set<String>> aliases, Set<String> ignored) {
		this.header = List.copyOf(header);
		for (int i = 0; i < header.size(); i++) {
			String key = key(header.get(i));
			if (key.isEmpty() || ignored.contains(key)) {
				continue;
			}
			String field = field(key, aliases);
			if (field == null) {
				unknown.add(header.get(i).strip());
			} else if (indexes.containsKey(field)) {
				repeated.add(header.get(i).strip());
			} else {
				indexes.put(field, i);
			}
		}
	}

	private static String field(String key, Map<String, Set<String>> aliases) {
		for (Map.Entry<String, Set<String>> entry : aliases.entrySet()) {
			if (entry.getValue().contains(key)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** "Common Name(s)" gives "commonnames". */
	static String key(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_()\\-]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	boolean has(String field) {
		return indexes.containsKey(field);
	}

	/** Index of the field's column, or -1 when the file has none. */
	int index(String field) {
		return indexes.getOrDefault(field, -1);
	}

	/** The field's column name as the file writes it, for messages. */
	String name(String field) {
		int index = index(field);
		return index < 0 ? field : header.get(index).strip();
	}

	/** The stripped cell of the field's column in {@code row}; "" when the file has no such column. */
	String cell(CsvTable.Row row, String field) {
		return row.cell(index(field));
	}

	/** Columns no field uses, as written in the header. */
	List<String> unknown() {
		return unknown;
	}

	/** Columns that mean a field already found in an earlier column (the earlier one is used). */
	List<String> repeated() {
		return repeated;
	}

	/** Adds the warnings about unused columns to the log, on the header's line. */
	void report(ProblemLog log, int headerLine) {
		if (!unknown.isEmpty()) {
			log.warning(headerLine,
					NLS.bind(unknown.size() == 1 ? Messages.Columns_unknownOne : Messages.Columns_unknownMany,
							String.join(", ", unknown))); //$NON-NLS-1$
		}
		if (!repeated.isEmpty()) {
			log.warning(headerLine, NLS.bind(Messages.Columns_repeated, String.join(", ", repeated))); //$NON-NLS-1$
		}
	}
}
