package org.mea.jwp.core.exchange;

import java.util.List;
import java.util.Locale;

import org.mea.jwp.core.registry.Contributed;

/**
 * A declared importer or exporter, as the extension registry describes it: enough to list it in a
 * menu or a file dialog without loading its class.
 */
public final class DataFormat implements Contributed {

	/** Which extension point declared the format. */
	public enum Kind {
		/** {@code org.mea.jwp.core.importers} */
		IMPORTER,
		/** {@code org.mea.jwp.core.exporters} */
		EXPORTER
	}

	private final Kind kind;
	private final String id;
	private final String alias;
	private final String name;
	private final String description;
	private final List<String> extensions;
	private final String contributor;

	DataFormat(Kind kind, String id, String alias, String name, String description, List<String> extensions,
			String contributor) {
		this.kind = kind;
		this.id = id;
		this.alias = alias;
		this.name = name;
		this.description = description;
		this.extensions = List.copyOf(extensions);
		this.contributor = contributor;
	}

	public Kind kind() {
		return kind;
	}

	/** Unique id among the formats of its kind, e.g. {@code org.mea.jwp.core.species.csv}. */
	@Override
	public String id() {
		return id;
	}

	/**
	 * The short name people type instead of the id, e.g. {@code iati} for {@code org.mea.jwp.core.iati.xml}
	 * ({@code jwp export --format iati}); lower case; empty when the declaration gives none, or gives
	 * one that another format of the same kind already has.
	 */
	public String alias() {
		return alias;
	}

	/** Name shown to users, e.g. "Species listing (CSV)". */
	public String name() {
		return name;
	}

	/** One or two sentences on what the format holds; empty when the declaration has none. */
	public String description() {
		return description;
	}

	/** File extensions without the dot, lower case, e.g. {@code [csv]}; the first is the one to suggest. */
	public List<String> extensions() {
		return extensions;
	}

	/** Symbolic name of the plug-in (or fragment) that declared the format. */
	@Override
	public String contributor() {
		return contributor;
	}

	/** Whether a file of this name has one of the format's extensions (case-insensitive). */
	public boolean accepts(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return extensions.stream().anyMatch(e -> lower.endsWith("." + e)); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return name + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
