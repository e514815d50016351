package org.mea.jwp.core.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The aliases of one kind of format (the importers, or the exporters), checked while their
 * declarations are read. An alias is what people type ({@code jwp export --format iati}), so it must
 * be a short name, and it must name one format only: not the alias of a format declared before, nor
 * the id of any format of the kind. A declaration whose alias breaks these rules keeps working under
 * its id, without the alias, and the registry reports why; the alias declared first is never
 * silently taken over by a later plug-in.
 */
final class FormatAliases {

	/** Lower-case letters and digits, words joined by hyphens: {@code activities-csv}. */
	private static final Pattern SHORT_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*"); //$NON-NLS-1$

	private final Set<String> ids;
	private final Map<String, String> taken = new HashMap<>();

	/** @param ids every id declared for this kind, so that an alias cannot hide a later format's id */
	FormatAliases(Set<String> ids) {
		this.ids = ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	/**
	 * The alias the format {@code id} gets: the declared one in lower case, or {@code ""} when none
	 * is declared or the declared one cannot be given ({@code problem} then receives the reason).
	 */
	String accept(String id, String contributor, String declared, Consumer<String> problem) {
		if (declared == null || declared.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		String alias = declared.strip().toLowerCase(Locale.ROOT);
		String reason = null;
		if (!SHORT_NAME.matcher(alias).matches()) {
			reason = "the alias \"" + declared //$NON-NLS-1$
					+ "\" is not a short name (lower-case letters, digits and hyphens, e.g. activities-csv)"; //$NON-NLS-1$
		} else if (taken.containsKey(alias)) {
			reason = "the alias \"" + alias + "\" is already declared by " + taken.get(alias); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (ids.contains(alias) && !alias.equals(id.toLowerCase(Locale.ROOT))) {
			reason = "the alias \"" + alias + "\" is the id of another format"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (reason != null) {
			problem.accept(reason + "; the format is used by its id only"); //$NON-NLS-1$
			return ""; //$NON-NLS-1$
		}
		taken.put(alias, contributor + " for " + id); //$NON-NLS-1$
		return alias;
	}
}
