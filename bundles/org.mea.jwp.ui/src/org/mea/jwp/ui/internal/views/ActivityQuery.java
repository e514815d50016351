package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Taxon;

/**
 * The Programme Explorer's filter: words and fields, all of which must match an activity.
 * <ul>
 * <li>{@code elephant funding}: words found in the code, text, sub-items, species or partners;</li>
 * <li>{@code lead:cites}, {@code status:on-going}, {@code species:saiga}, {@code theme:b};</li>
 * <li>{@code is:overdue}: overdue on the reporting date of the preferences.</li>
 * </ul>
 * Values match the start of the field's words, ignoring case, spaces and hyphens
 * ({@code status:notstarted} = {@code status:not-started}).
 */
public final class ActivityQuery {

	private final List<String> words = new ArrayList<>();
	private final List<BiPredicate<Activity, LocalDate>> fields = new ArrayList<>();

	private ActivityQuery() {
	}

	public static ActivityQuery parse(String text) {
		ActivityQuery query = new ActivityQuery();
		for (String token : (text == null ? "" : text).trim().split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (token.isEmpty()) {
				continue;
			}
			int colon = token.indexOf(':');
			String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : ""; //$NON-NLS-1$
			String value = normalize(colon > 0 ? token.substring(colon + 1) : token);
			switch (key) {
			case "lead" -> query.fields.add((a, d) -> normalize(a.getLead().getLiteral()).startsWith(value)); //$NON-NLS-1$
			case "status" -> query.fields.add((a, d) -> normalize(a.getStatus().getLiteral()).startsWith(value)); //$NON-NLS-1$
			case "theme" -> query.fields.add((a, d) -> a.getTheme() != null //$NON-NLS-1$
					&& normalize(a.getTheme().getLetter()).equals(value));
			case "species" -> //$NON-NLS-1$
				query.fields.add((a, d) -> a.getSpecies().stream().anyMatch(t -> names(t).contains(value)));
			case "is" -> { //$NON-NLS-1$
				if ("overdue".equals(value)) { //$NON-NLS-1$
					query.fields.add((a, d) -> a.isOverdue(d));
				} else {
					query.words.add(normalize(token));
				}
			}
			default -> query.words.add(normalize(token));
			}
		}
		return query;
	}

	public boolean isEmpty() {
		return words.isEmpty() && fields.isEmpty();
	}

	/** Whether the query only has words (then registry entries can match by their label). */
	boolean hasOnlyWords() {
		return fields.isEmpty();
	}

	public boolean matches(Activity activity, LocalDate reportingDate) {
		for (BiPredicate<Activity, LocalDate> field : fields) {
			if (!field.test(activity, reportingDate)) {
				return false;
			}
		}
		if (words.isEmpty()) {
			return true;
		}
		StringBuilder haystack = new StringBuilder(normalize(activity.getCode())).append(' ')
				.append(normalize(activity.getText()));
		for (SubItem item : activity.getSubItems()) {
			haystack.append(' ').append(normalize(item.getText()));
		}
		for (Taxon taxon : activity.getSpecies()) {
			haystack.append(' ').append(names(taxon));
		}
		for (Organization partner : activity.getPartners()) {
			haystack.append(' ').append(normalize(partner.getName())).append(' ')
					.append(normalize(partner.getAcronym()));
		}
		return matchesWords(haystack.toString());
	}

	/** Whether every word occurs in {@code label} (for elements other than activities). */
	boolean matchesText(String label) {
		return !words.isEmpty() && matchesWords(normalize(label));
	}

	private boolean matchesWords(String haystack) {
		for (String word : words) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static String names(Taxon taxon) {
		return normalize(taxon.getNameAsPrinted()) + ' ' + normalize(taxon.getCitesName()) + ' '
				+ normalize(taxon.getCmsName()) + ' ' + normalize(String.join(" ", taxon.getCommonNames())); //$NON-NLS-1$
	}

	/** Lower case, without spaces, hyphens, dashes and quotes, so that "On-going", "ongoing" and "on going" are alike. */
	static String normalize(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2013\u2014_\"']", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
