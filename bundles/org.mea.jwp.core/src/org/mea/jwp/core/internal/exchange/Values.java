package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.TaxonRank;

/**
 * Cell values of the CSV formats, read and written. Readers are lenient about case, spaces and
 * punctuation and throw {@link IllegalArgumentException} with a message naming the value and the
 * accepted ones; writers use the words the readers accept, so exports read back unchanged.
 */
final class Values {

	private static final Set<String> NOT_LISTED = Set.of("NC", "NOTLISTED", "NONE", "-", "\u2013", "\u2014"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Set<String> JOINT = Set.of("citescms", "cmscites", "citesandcms", "cmsandcites", "both"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private Values() {
	}

	/**
	 * An Appendix as written in listings: "I", "II", "III"; "I/II", "I and II", "I+II" for a split
	 * listing, also with "/NC" after it (Species+: a part not covered); "NC", "not listed", "-" for none; "unknown" or "?"; with or without "Appendix" or
	 * "App." before it.
	 */
	static AppendixListing appendix(String value) {
		String v = value.strip().toUpperCase(Locale.ROOT).replaceFirst("^(APPENDIX|APPENDICES|APP\\.?)\\s*", "") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (NOT_LISTED.contains(v)) {
			return AppendixListing.NOT_LISTED;
		}
		// Species+ adds "/NC" when a part of the taxon (some populations) is not covered: "II/NC"
		String joined = v.replace("AND", "/").replaceAll("[&+,;]", "/").replaceAll("/NC$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return switch (joined) {
		case "I" -> AppendixListing.I; //$NON-NLS-1$
		case "II" -> AppendixListing.II; //$NON-NLS-1$
		case "III" -> AppendixListing.III; //$NON-NLS-1$
		case "I/II", "II/I" -> AppendixListing.BOTH; //$NON-NLS-1$ //$NON-NLS-2$
		case "UNKNOWN", "?" -> AppendixListing.UNKNOWN; //$NON-NLS-1$ //$NON-NLS-2$
		default -> throw new IllegalArgumentException(NLS.bind(Messages.Values_notAppendix, value.strip()));
		};
	}

	/** The word {@link #appendix(String)} reads back; empty for UNKNOWN (not recorded). */
	static String appendix(AppendixListing listing) {
		return switch (listing) {
		case UNKNOWN -> ""; //$NON-NLS-1$
		case NOT_LISTED -> "not listed"; //$NON-NLS-1$
		case BOTH -> "I/II"; //$NON-NLS-1$
		default -> listing.getLiteral();
		};
	}

	/** A rank by its word ("species", "Genus", "SUBSPECIES"). */
	static TaxonRank rank(String value) {
		return match(value, TaxonRank.VALUES, Set.of(), null, Messages.Values_notRank);
	}

	/** A status by its word, e.g. "not started", "On-going", "ongoing", "IN_PROGRESS". */
	static ActivityStatus status(String value) {
		return match(value, ActivityStatus.VALUES, Set.of(), null, Messages.Values_notStatus);
	}

	/** The lead: "CITES", "CMS", "joint" (also "CITES/CMS", "both"), "unassigned". */
	static LeadSecretariat lead(String value) {
		return match(value, LeadSecretariat.VALUES, JOINT, LeadSecretariat.JOINT, Messages.Values_notLead);
	}

	/** A funding condition: "subject to external funding", "funded", "none". */
	static FundingCondition funding(String value) {
		return match(value, FundingCondition.VALUES, Set.of(), null, Messages.Values_notFunding);
	}

	/** The enumerator whose literal or name matches, ignoring case, spaces and the punctuation {@code _-()/&+}. */
	private static <E extends Enumerator> E match(String value, List<E> values, Set<String> extraKeys, E extra,
			String message) {
		String key = key(value);
		if (extra != null && extraKeys.contains(key)) {
			return extra;
		}
		for (E candidate : values) {
			if (key.equals(key(candidate.getLiteral())) || key.equals(key(candidate.getName()))) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(NLS.bind(message, value.strip(),
				values.stream().map(Enumerator::getLiteral).collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}

	private static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_()\\-/&+]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whitespace collapsed to single spaces, stripped; null gives "". */
	static String normalize(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A scientific name for comparison: normalized and lower case. */
	static String nameKey(String name) {
		return normalize(name).toLowerCase(Locale.ROOT);
	}

	/** Names in one cell, separated by ";" or ",". */
	static List<String> list(String cell) {
		return Arrays.stream(cell.split("[;,]")).map(Values::normalize).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	/**
	 * The readable part of an id, as the embedded programme's ids are made ("tx-rhincodon-typus"):
	 * lower-case ASCII letters and digits joined by hyphens, at most 40 characters.
	 */
	static String slug(String text) {
		String ascii = Normalizer.normalize(normalize(text), Normalizer.Form.NFD).replaceAll("\\p{M}+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return slug;
	}
}
