package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
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
record AppendicesEntry(int line, String name, boolean higherTaxon, TaxonRank rank, AppendixListing appendix,
		String remark,
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
	/** Where the cell has a line break, and a superscript (a note's mark), in its text; private-use characters. */
	private static final char BREAK = '\uE000';
	private static final char SUP = '\uE001';
	private static final char END_SUP = '\uE002';
	private static final Pattern SUPERSCRIPT = Pattern.compile(SUP + "([^" + END_SUP + "]*)" + END_SUP); //$NON-NLS-1$ //$NON-NLS-2$
	/** A line that begins a new entry: a binomial or "X spp.", unless its first word is one of a remark's. */
	private static final Pattern ENTRY_START = Pattern.compile("^([A-Z][A-Za-z-]+) (?:[a-z][a-z-]+|spp\\.)"); //$NON-NLS-1$
	private static final Set<String> REMARK_WORDS = Set.of("Only", "Except", "Excludes", "Excluding", "Includes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Including", "Specimens", "For", "All", "The", "A", "In"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/**
	 * A Party as the page names it: words in capitals with the small words of country names, in English,
	 * French and Spanish ("Plurinational State of Bolivia", "Royaume-Uni de Grande-Bretagne et d'Irlande
	 * du Nord", "Reino Unido de Gran Bretaña e Irlanda del Norte").
	 */
	private static final Pattern PARTY = Pattern.compile(
			"(?:the |l'|d')?\\p{Lu}[\\p{L}'.\u2019-]*(?: (?:of|the|and|de|du|des|la|le|del|y|e|et|d'\\p{Lu}[\\p{L}'.\u2019-]*|\\p{Lu}[\\p{L}'.\u2019-]*))*"); //$NON-NLS-1$

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

	/**
	 * The entries of {@code cell} in {@code appendix}'s column: one, or several when the page puts them
	 * on lines of one cell (the four Corallium species of China in 2012); none, with a problem in
	 * {@code log}, when the cell does not begin with a name.
	 */
	static List<AppendicesEntry> read(Element cell, AppendixListing appendix, List<String> headings, boolean flora,
			Map<String, String> notes, ProblemLog log) {
		int line = AppendicesPage.line(cell);
		String column = NLS.bind(Messages.AppendicesEntry_column, appendix.getLiteral());
		Element copy = cell.clone();
		// line breaks and superscripts marked in the text, so that each line keeps its own notes
		copy.select("br").forEach(br -> br.replaceWith(new TextNode(" " + BREAK + " "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		copy.select("sup").forEach(sup -> sup.replaceWith(new TextNode(" " + SUP + sup.text() + END_SUP + " "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String text = Values.normalize(copy.text().replace('\u00a0', ' '));
		List<AppendicesEntry> entries = new ArrayList<>();
		for (String part : lines(text)) {
			AppendicesEntry entry = entry(part, line, column, appendix, headings, flora, notes, log);
			if (entry != null) {
				entries.add(entry);
			}
		}
		return entries;
	}

	/** The cell's lines joined again where a line does not begin a new entry (a subspecies' epithet, a remark). */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (String part : text.split(String.valueOf(BREAK))) {
			String line = Values.normalize(part);
			if (line.isEmpty()) {
				continue;
			}
			Matcher start = ENTRY_START.matcher(line);
			boolean newEntry = start.find() && !REMARK_WORDS.contains(start.group(1));
			if (lines.isEmpty() || newEntry) {
				lines.add(line);
			} else {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line); //$NON-NLS-1$
			}
		}
		return lines;
	}

	private static AppendicesEntry entry(String part, int line, String column, AppendixListing appendix,
			List<String> headings,
			boolean flora, Map<String, String> notes, ProblemLog log) {
		Set<String> marks = new LinkedHashSet<>();
		Matcher sup = SUPERSCRIPT.matcher(part);
		while (sup.find()) {
			for (String mark : Values.normalize(sup.group(1)).split(" ")) { //$NON-NLS-1$
				if (!mark.isEmpty()) {
					marks.add(mark);
				}
			}
		}
		// "Denmark<sup>11</sup>, Estonia": without the mark, no space before the comma
		String text = Values.normalize(SUPERSCRIPT.matcher(part).replaceAll(" ")).replaceAll(" (?=[,;:)\\]])", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Matcher inline = INLINE_MARK.matcher(text);
		while (inline.find()) {
			marks.add(inline.group().replace(" ", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text = Values.normalize(INLINE_MARK.matcher(text).replaceAll("")); //$NON-NLS-1$
		int unstorable = XmlText.firstUnstorable(text);
		if (unstorable >= 0) {
			log.error(line, NLS.bind(Messages.AppendicesEntry_unstorable, column, XmlText.describe(text, unstorable)));
			return null;
		}
		Matcher name = NAME.matcher(text);
		if (!name.find()) {
			String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text; //$NON-NLS-1$
			if (text.startsWith("(") || text.startsWith("[")) { //$NON-NLS-1$ //$NON-NLS-2$
				// the page's notes on the entries below them: "(For all of the following Appendix-I species, ...)"
				log.warning(line, NLS.bind(Messages.AppendicesEntry_note, column, shown));
			} else {
				log.error(line, NLS.bind(Messages.AppendicesEntry_noName, column, shown));
			}
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
				rest = Values.normalize(rest.substring(0, start) + " " + rest.substring(end)).replace(" ]", "]") //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
						.replace(" )", ")"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				log.warning(line, NLS.bind(Messages.AppendicesEntry_noParty, column, printed));
			}
		}
		List<String> annotation = new ArrayList<>();
		for (String mark : marks) {
			String note = notes.get(mark);
			annotation.add(note == null ? mark : mark + " " + note); //$NON-NLS-1$
		}
		return new AppendicesEntry(line, printed, higherTaxon, rank(printed, higherTaxon, flora, headings), appendix,
				unwrap(rest),
				String.join("; ", annotation), party, higherNames(printed, headings)); //$NON-NLS-1$
	}

	/**
	 * "Nepal", "Algeria, Tunisia", "Belgium, Cyprus ... and United Kingdom of ...": Parties, not a
	 * remark; a sentence after the Parties ("In addition, ...") belongs to them.
	 */
	private static boolean parties(String text) {
		// "Brazil and the Plurinational State of Bolivia. In addition, the following countries ...": the first sentence
		String first = Values.normalize(text).split("\\. ", 2)[0]; //$NON-NLS-1$
		for (String item : first.split(",\\s*|;\\s*|\\s+(?:and|et|y|e)\\s+")) { //$NON-NLS-1$
			if (!PARTY.matcher(item.strip()).matches()) {
				return false;
			}
		}
		return !text.isBlank();
	}

	/** A remark without the parentheses or brackets around the whole of it. */
	private static String unwrap(String remark) {
		if (remark.length() > 1
				&& (remark.startsWith("(") && remark.endsWith(")") || remark.startsWith("[") && remark.endsWith("]"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
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

	/**
	 * Species, subspecies, or the rank of a higher taxon: a family by its ending (-idae, -aceae) or,
	 * among plants, in capitals; an order by its ending (-formes) or, among animals, in capitals.
	 */
	private static TaxonRank rank(String name, boolean higherTaxon, boolean flora, List<String> headings) {
		String[] words = name.split(" "); //$NON-NLS-1$
		if (!higherTaxon) {
			boolean subspecies = words.length == 3
					|| words.length == 4 && (words[2].equals("ssp.") || words[2].equals("subsp.")); //$NON-NLS-1$ //$NON-NLS-2$
			return words.length == 2 ? TaxonRank.SPECIES : subspecies ? TaxonRank.SUBSPECIES : TaxonRank.OTHER; // varieties: other
		}
		String lower = name.toLowerCase(Locale.ROOT);
		boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
		if (lower.endsWith("inae")) { //$NON-NLS-1$
			return TaxonRank.OTHER; // a subfamily ("Lutrinae spp."): the model has no such rank
		}
		if (lower.endsWith("idae") || lower.endsWith("aceae") || flora && capitals) { //$NON-NLS-1$ //$NON-NLS-2$
			return TaxonRank.FAMILY;
		}
		if (lower.endsWith("formes") || capitals && headings.stream().anyMatch(h -> h.equalsIgnoreCase(name))) { //$NON-NLS-1$
			return TaxonRank.ORDER;
		}
		return TaxonRank.GENUS;
	}

	private static List<String> higherNames(String name, List<String> headings) {
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
				? name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT)
				: name;
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
