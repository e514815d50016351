package org.mea.jwp.core.internal.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.mea.jwp.core.persistence.XmlText;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.TaxonRank;

/**
 * One filled cell of the Appendices table, read into a listing: the scientific name it begins with
 * (italic on the page; "spp." after a higher taxon), the text after it (a remark such as "(Except
 * the subspecies included in Appendix I)", and for Appendix III the Party in parentheses), and the
 * marks of the notes it refers to (superscript "5", "#1", or "+211" in the text).
 *
 * @param name the name as printed, without "spp."; capitals kept ("FALCONIFORMES")
 * @param higherTaxon whether the page lists all species of {@code name} ("spp.")
 * @param higherNames the taxa that include it, the nearest first: a subspecies' species, the genus, then the
 *            family, order and class of the headings above it
 */
record AppendicesEntry(int line, String name, boolean higherTaxon, TaxonRank rank, AppendixListing appendix, String remark,
		String annotation, String party, List<String> higherNames) {

	/**
	 * A scientific name at the start of a cell: a genus or higher taxon, up to two epithets (with
	 * "ssp." or "var." before the last for plants), then "spp." for all species of a higher taxon.
	 */
	private static final Pattern NAME = Pattern.compile(
			"^([A-Z][A-Za-z-]+(?: (?!spp\\.)(?:(?:ssp|subsp|var)\\. )?[a-z][a-z-]+(?![\\w.])){0,2})( spp\\.)?(?=$|[\\s(\\[;,])"); //$NON-NLS-1$
	/** A note's mark written in the text rather than as a superscript: "#1", "+211". */
	private static final Pattern INLINE_MARK = Pattern.compile("(?<!\\S)[#+]\\s?\\d{1,4}(?!\\S)"); //$NON-NLS-1$
	private static final Pattern GROUP = Pattern.compile("\\(([^()]*)\\)"); //$NON-NLS-1$
	/**
	 * A Party as the page names it: words in capitals with the small words of country names
	 * ("Plurinational State of Bolivia", "United Kingdom of Great Britain and Northern Ireland").
	 */
	private static final Pattern PARTY = Pattern.compile(
			"\\p{Lu}[\\p{L}'.\u2019-]*(?: (?:of|the|and|de|du|des|la|le|del|y|et|\\p{Lu}[\\p{L}'.\u2019-]*))*"); //$NON-NLS-1$

	/** Whether a cell holds nothing but spaces, {@code &nbsp;}, tabs or empty formatting. */
	static boolean blank(Element cell) {
		return text(cell).isEmpty();
	}

	/** The cell's text, shortened for a message. */
	static String shortText(Element cell) {
		String text = text(cell);
		return text.length() > 60 ? text.substring(0, 57) + "..." : text; //$NON-NLS-1$
	}

	private static String text(Element cell) {
		return Values.normalize(cell.text().replace('\u00a0', ' '));
	}

	/** The entry of {@code cell} in {@code appendix}'s column; null, with an error in {@code log}, when it has no name. */
	static AppendicesEntry read(Element cell, AppendixListing appendix, List<String> headings, Map<String, String> notes,
			ProblemLog log) {
		int line = AppendicesPage.line(cell);
		String column = "Appendix " + appendix.getLiteral(); //$NON-NLS-1$
		Element copy = cell.clone();
		Set<String> marks = new LinkedHashSet<>();
		for (Element sup : copy.select("sup")) { //$NON-NLS-1$
			for (String mark : Values.normalize(sup.text().replace('\u00a0', ' ')).split(" ")) { //$NON-NLS-1$
				if (!mark.isEmpty()) {
					marks.add(mark);
				}
			}
			sup.remove();
		}
		String text = text(copy);
		Matcher inline = INLINE_MARK.matcher(text);
		while (inline.find()) {
			marks.add(inline.group().replace(" ", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text = Values.normalize(INLINE_MARK.matcher(text).replaceAll("")); //$NON-NLS-1$
		int unstorable = XmlText.firstUnstorable(text);
		if (unstorable >= 0) {
			log.error(line, column + ": the entry contains the character " + XmlText.describe(text, unstorable) //$NON-NLS-1$
					+ ", which a programme file cannot hold; the entry is skipped"); //$NON-NLS-1$
			return null;
		}
		Matcher name = NAME.matcher(text);
		if (!name.find()) {
			log.error(line, column + ": \"" + shortText(copy) + "\" does not begin with a scientific name; the entry is skipped"); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		String printed = name.group(1);
		boolean higherTaxon = name.group(2) != null;
		String rest = Values.normalize(text.substring(name.end()));
		String party = ""; //$NON-NLS-1$
		if (appendix == AppendixListing.III) {
			Matcher group = GROUP.matcher(rest);
			int start = -1;
			int end = -1;
			while (group.find()) {
				if (parties(group.group(1))) { // the last group that names Parties: remarks come before or after it
					party = Values.normalize(group.group(1));
					start = group.start();
					end = group.end();
				}
			}
			if (start >= 0) {
				rest = Values.normalize(rest.substring(0, start) + " " + rest.substring(end)).replace(" ]", "]").replace(" )", ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			} else {
				log.warning(line, column + ": \"" + printed + "\" has no Party in parentheses after it, as Appendix III entries" //$NON-NLS-1$ //$NON-NLS-2$
						+ " have; it is imported without one"); //$NON-NLS-1$
			}
		}
		List<String> annotation = new ArrayList<>();
		for (String mark : marks) {
			String note = notes.get(mark);
			annotation.add(note == null ? mark : mark + " " + note); //$NON-NLS-1$
		}
		return new AppendicesEntry(line, printed, higherTaxon, rank(printed, higherTaxon, headings), appendix, unwrap(rest),
				String.join("; ", annotation), party, higherNames(printed, higherTaxon, headings)); //$NON-NLS-1$
	}

	/** "Nepal", "Algeria, Tunisia", "Belgium, Cyprus ... and United Kingdom of ...": Parties, not a remark. */
	private static boolean parties(String text) {
		for (String item : Values.normalize(text).split(",\\s*|;\\s*|\\s+(?:and|et|y)\\s+")) { //$NON-NLS-1$
			if (!PARTY.matcher(item.strip()).matches()) {
				return false;
			}
		}
		return !text.isBlank();
	}

	/** A remark without the parentheses or brackets around the whole of it. */
	private static String unwrap(String remark) {
		if (remark.length() > 1 && (remark.startsWith("(") && remark.endsWith(")") || remark.startsWith("[") && remark.endsWith("]"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			String inner = remark.substring(1, remark.length() - 1);
			if (balanced(inner)) {
				return Values.normalize(inner);
			}
		}
		return remark;
	}

	private static boolean balanced(String text) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	/** Species, subspecies, or the rank of a higher taxon by its heading or its ending. */
	private static TaxonRank rank(String name, boolean higherTaxon, List<String> headings) {
		String[] words = name.split(" "); //$NON-NLS-1$
		if (!higherTaxon) {
			return words.length == 2 ? TaxonRank.SPECIES : words.length == 3 ? TaxonRank.SUBSPECIES : TaxonRank.OTHER;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith("idae") || lower.endsWith("aceae")) { //$NON-NLS-1$ //$NON-NLS-2$
			return TaxonRank.FAMILY;
		}
		if (lower.endsWith("formes") || name.equals(name.toUpperCase(Locale.ROOT)) && !headings.isEmpty() //$NON-NLS-1$
				&& headings.stream().anyMatch(h -> h.equalsIgnoreCase(name) && !h.toLowerCase(Locale.ROOT).endsWith("aceae"))) { //$NON-NLS-1$
			return TaxonRank.ORDER;
		}
		return TaxonRank.GENUS;
	}

	private static List<String> higherNames(String name, boolean higherTaxon, List<String> headings) {
		List<String> names = new ArrayList<>();
		String[] words = name.split(" "); //$NON-NLS-1$
		if (words.length >= 3) {
			names.add(words[0] + " " + words[1]); // a subspecies' or variety's species //$NON-NLS-1$
		}
		if (words.length >= 2) {
			names.add(words[0]); // the genus
		}
		for (String heading : headings) {
			if (!heading.equalsIgnoreCase(name) && !names.contains(heading)) {
				names.add(heading);
			}
		}
		return names;
	}

	/** "FALCONIFORMES" as the name is written elsewhere, "Falconiformes"; other names as they are. */
	static String titleCase(String name) {
		return name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT))
				? name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) : name;
	}

	/** The name as the programme records it: "Falconiformes", "Cheloniidae", "Loxodonta africana". */
	String acceptedName() {
		return titleCase(name);
	}

	/** The name as CITES lists it: "Falconiformes spp.", "Loxodonta africana". */
	String citesName() {
		return higherTaxon ? acceptedName() + " spp." : name; //$NON-NLS-1$
	}
}
