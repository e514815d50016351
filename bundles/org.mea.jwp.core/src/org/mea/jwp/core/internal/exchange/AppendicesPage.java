package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.mea.jwp.model.AppendixListing;

/**
 * The CITES Appendices as cites.org publishes them on one HTML page ("Appendices I, II and III valid
 * from 25 September 2012", {@code /eng/app/appendices.php}), read with jsoup: the date the edition is
 * valid from, the notes table (numbered and "#" annotations with their text) and, from the table
 * whose header row reads I, II, III, one {@link AppendicesEntry} per filled cell, with the class,
 * order and family headings above it.
 * <p>
 * The layout this follows (2012-2014 editions): headings are rows of one cell across the table
 * ({@code th colspan=3} for FAUNA / PHYLUM / CLASS, {@code td colspan=3} for an order in capitals or
 * a family with its common names); a taxon is a row of one cell per Appendix, filled in its column.
 * Columns are found by their header, not by position: a table with a column of headings before the
 * Appendices (or of common names after them) is read the same way, the text of such a column as a
 * heading.
 */
final class AppendicesPage {

	/** The largest page read: the 2012 page is 0.2 MB, every edition since well under 5 MB. */
	static final int MAX_BYTES = 16 * 1024 * 1024;

	private static final Pattern VALID_FROM = Pattern.compile(
			"(?:valid from|valables? (?:à partir )?du|válid[oa]s? (?:a partir )?del?)\\s+(\\d{1,2}(?:er)?(?: de)? \\p{L}+(?: de)? \\d{4})", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern CLASS = Pattern.compile("\\b(?:CLASS|CLASSE|CLASE)\\s+([A-Z]+)\\b"); //$NON-NLS-1$
	/** A note's mark in the notes table: "5", "#1", "+211". */
	static final Pattern MARK = Pattern.compile("[#+]?\\s?\\d{1,4}"); //$NON-NLS-1$

	private final LocalDate validFrom;
	private final String validFromText;
	private final List<AppendicesEntry> entries;

	private AppendicesPage(LocalDate validFrom, String validFromText, List<AppendicesEntry> entries) {
		this.validFrom = validFrom;
		this.validFromText = validFromText;
		this.entries = List.copyOf(entries);
	}

	/** The date printed after "valid from", or null when the page prints none that can be read. */
	LocalDate validFrom() {
		return validFrom;
	}

	/** The date as printed ("25 September 2012"), or null. */
	String validFromText() {
		return validFromText;
	}

	List<AppendicesEntry> entries() {
		return entries;
	}

	/**
	 * Reads the page; null, with a CRITICAL problem in {@code log}, when it is empty, too large or not
	 * the Appendices. Entries that cannot be read are errors naming their line and column.
	 */
	static AppendicesPage read(InputStream input, ProblemLog log) throws IOException {
		byte[] bytes = input.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			log.critical(0, NLS.bind(Messages.AppendicesPage_tooLarge, MAX_BYTES / (1024 * 1024)));
			return null;
		}
		if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
			log.critical(0, Messages.AppendicesPage_empty);
			return null;
		}
		// the charset of the page's <meta> (or its BOM) wins; UTF-8 otherwise, as cites.org serves it
		Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", //$NON-NLS-1$
				Parser.htmlParser().setTrackPosition(true));
		Table table = appendicesTable(page);
		if (table == null) {
			log.critical(0, Messages.AppendicesPage_noTable);
			return null;
		}
		String text = page.body().text();
		Matcher date = VALID_FROM.matcher(text.replace('\u00a0', ' '));
		LocalDate validFrom = null;
		String validFromText = null;
		if (date.find()) {
			validFromText = Values.normalize(date.group(1));
			validFrom = date(validFromText);
			if (validFrom == null) {
				log.warning(0, NLS.bind(Messages.AppendicesPage_badDate, validFromText));
			}
		} else {
			log.warning(0, Messages.AppendicesPage_noDate);
		}
		Map<String, String> notes = notes(page, table.element);
		List<AppendicesEntry> entries = entries(table, notes, log);
		if (entries.isEmpty()) {
			log.critical(line(table.element), Messages.AppendicesPage_noEntries);
			return null;
		}
		return new AppendicesPage(validFrom, validFromText, entries);
	}

	/** The table and the Appendix each of its columns is; columns not headed I, II or III are null. */
	private record Table(Element element, Element headerRow, List<AppendixListing> columns) {
	}

	private static Table appendicesTable(Document page) {
		for (Element table : page.select("table")) { //$NON-NLS-1$
			for (Element row : table.select("> tbody > tr, > thead > tr, > tr")) { //$NON-NLS-1$
				List<AppendixListing> columns = new ArrayList<>();
				for (Element cell : row.children()) {
					AppendixListing appendix = headerAppendix(Values.normalize(cell.text().replace('\u00a0', ' ')));
					for (int i = 0; i < span(cell); i++) {
						columns.add(i == 0 ? appendix : null);
					}
				}
				if (columns.contains(AppendixListing.I) && columns.contains(AppendixListing.II)
						&& columns.contains(AppendixListing.III)) {
					return new Table(table, row, columns);
				}
			}
		}
		return null;
	}

	/** "I", "Appendix II", "Annexe III", "Apéndice I": the Appendix a header cell names, or null. */
	private static AppendixListing headerAppendix(String text) {
		String numeral = text.replaceFirst("(?i)^(appendix|appendices|annexe|annexes|ap\u00e9ndice|ap\u00e9ndices)\\s*", //$NON-NLS-1$
				""); //$NON-NLS-1$
		return switch (numeral) {
		case "I" -> AppendixListing.I; //$NON-NLS-1$
		case "II" -> AppendixListing.II; //$NON-NLS-1$
		case "III" -> AppendixListing.III; //$NON-NLS-1$
		default -> null;
		};
	}

	private static int span(Element cell) {
		try {
			return Math.max(1, Integer.parseInt(cell.attr("colspan").strip())); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	static int line(Element element) {
		return element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
	}

	/**
	 * The rows after the header: a row of one cell across the table is a heading (class, order,
	 * family), any other row holds entries in the columns of their Appendix.
	 */
	private static List<AppendicesEntry> entries(Table table, Map<String, String> notes, ProblemLog log) {
		List<AppendicesEntry> entries = new ArrayList<>();
		Headings headings = new Headings();
		boolean afterHeader = false;
		for (Element row : table.element.select("tr")) { //$NON-NLS-1$
			if (row == table.headerRow) {
				afterHeader = true;
				continue;
			}
			if (!afterHeader || row.closest("table") != table.element) { //$NON-NLS-1$
				continue;
			}
			List<Element> cells = row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
			if (cells.size() == 1 && (span(cells.get(0)) > 1 || cells.get(0).nameIs("th"))) { //$NON-NLS-1$
				headings.read(cells.get(0));
				continue;
			}
			int column = 0;
			for (Element cell : cells) {
				int at = column;
				column += span(cell);
				if (AppendicesEntry.blank(cell)) {
					continue;
				}
				AppendixListing appendix = at < table.columns.size() ? table.columns.get(at) : null;
				if (appendix == null && at < table.columns.size()) {
					headings.read(cell); // a column of headings (or common names) beside the Appendices
					continue;
				}
				if (appendix == null) {
					log.error(line(cell), NLS.bind(Messages.AppendicesPage_noAppendixColumn,
							AppendicesEntry.shortText(cell), at + 1));
					continue;
				}
				entries.addAll(AppendicesEntry.read(cell, appendix, headings.higher(), headings.flora, notes, log));
			}
		}
		return entries;
	}

	/**
	 * The notes under the Appendices, by mark ("5", "#1"): rows of two cells whose first is a mark.
	 * Read by the text of the mark, not by the anchors, which the page puts at the end of the note
	 * before.
	 */
	private static Map<String, String> notes(Document page, Element appendices) {
		Map<String, String> notes = new HashMap<>();
		for (Element row : page.select("tr")) { //$NON-NLS-1$
			if (row.closest("table") == appendices || row.childrenSize() != 2) { //$NON-NLS-1$
				continue;
			}
			String mark = Values.normalize(row.child(0).text().replace('\u00a0', ' '));
			if (MARK.matcher(mark).matches()) {
				notes.putIfAbsent(mark.replace(" ", ""), Values.normalize(row.child(1).text().replace('\u00a0', ' '))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return notes;
	}

	/** "25 September 2012" (or the French and Spanish page's "25 septembre 2012", "25 de septiembre de 2012"). */
	private static LocalDate date(String text) {
		String plain = text.replaceAll("(?<=\\d)er\\b", "").replace(" de ", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH, Locale.of("es") }) { //$NON-NLS-1$
			try {
				return LocalDate.parse(plain, DateTimeFormatter.ofPattern("d MMMM uuuu", locale)); //$NON-NLS-1$
			} catch (DateTimeParseException e) {
				// the next language
			}
		}
		return null;
	}

	/**
	 * The class, order and family the heading rows above an entry name, the nearest first when asked.
	 * Animal families end in -idae and orders are in capitals (GORGONACEAE, a coral order, too); the
	 * plants' headings are their families, in capitals.
	 */
	private static final class Headings {
		private boolean flora;
		private String className;
		private String order;
		private String family;

		void read(Element cell) {
			String text = Values.normalize(cell.text().replace('\u00a0', ' '));
			Matcher matcher = CLASS.matcher(text);
			if (matcher.find()) {
				className = matcher.group(1);
				order = null;
				family = null;
				return;
			}
			if (text.matches("(?s)(F ?L ?O ?R ?A|F ?A ?U ?N ?A).*")) { //$NON-NLS-1$
				flora = text.startsWith("F L") || text.startsWith("FL"); //$NON-NLS-1$ //$NON-NLS-2$
				className = null;
				order = null;
				family = null;
				return;
			}
			String[] words = text.split(" "); //$NON-NLS-1$
			String taxon = words.length == 0 ? "" : words[0]; //$NON-NLS-1$
			if (!taxon.matches("\\p{L}+")) { //$NON-NLS-1$
				return;
			}
			// subfamilies (-inae) keep the family
			String lower = taxon.toLowerCase(Locale.ROOT);
			if (flora || lower.endsWith("idae")) { //$NON-NLS-1$
				family = taxon;
			} else if (!lower.endsWith("inae") && taxon.equals(taxon.toUpperCase(Locale.ROOT))) { //$NON-NLS-1$
				order = taxon;
				family = null;
			}
		}

		List<String> higher() {
			List<String> names = new ArrayList<>();
			for (String name : new String[] { family, order, className }) {
				if (name != null) {
					names.add(AppendicesEntry.titleCase(name));
				}
			}
			return names;
		}
	}
}
