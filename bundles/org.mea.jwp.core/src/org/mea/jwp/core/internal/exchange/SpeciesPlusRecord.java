package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.TaxonRank;

/**
 * One row of a Species+ or CITES Checklist download, read into what the programme keeps of a taxon:
 * the accepted name with its author and rank, synonyms, common names, the higher taxa it belongs to,
 * and its listings.
 * <p>
 * Value forms, as Species+ writes them: a listing is the appendices joined by "/" ("I/II", "II/NC";
 * NC: a part of the taxon is not covered); notes and CMS dates have one line per appendix, each
 * starting "**I** "; dates are DD/MM/YYYY; "Listed under" names the taxon the listing was made for,
 * with "spp." for a genus, family or order.
 */
record SpeciesPlusRecord(int line, String sourceId, String name, String author, TaxonRank rank, List<String> synonyms,
		List<String> commonNames, List<String> higherNames, List<Listed> listings, String changeType,
		boolean instrument) {

	/** A listing as the row gives it; {@code effective} null when the download has no date. */
	record Listed(Convention convention, AppendixListing appendix, LocalDate effective, String population,
			String annotation,
			String party) {
	}

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT); //$NON-NLS-1$
	private static final Pattern PER_APPENDIX = Pattern.compile("\\*\\*(I|II|III|NC)\\*\\*\\s*(.*)"); //$NON-NLS-1$
	/** A binomial or trinomial in a list of synonyms (their authors are left out). */
	private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+(?: (?:var\\. |ssp\\. )?[a-z][a-z-]+){1,2}\\b"); //$NON-NLS-1$
	/** An auto note Species+ puts before an inherited listing's note: "[FAMILY listing Cheloniidae spp.] ". */
	private static final Pattern INHERITED = Pattern.compile("^\\[[A-Z]+ listing [^\\]]*\\]\\s*"); //$NON-NLS-1$

	/** Reads {@code row} of a file of {@code format}; problems go to {@code log} (an error rejects the row). */
	static SpeciesPlusRecord read(SpeciesPlusFormat format, CsvTable.Row row, Columns columns, ProblemLog log) {
		int line = row.line();
		String name = Values.normalize(columns.cell(row, "name")); //$NON-NLS-1$
		if (name.isEmpty()) {
			log.error(line, NLS.bind(Messages.Rows_emptyName, columns.name("name"))); //$NON-NLS-1$
		}
		TaxonRank rank = null;
		String rankCell = columns.cell(row, "rank"); //$NON-NLS-1$
		if (!rankCell.isEmpty()) {
			try {
				rank = Values.rank(rankCell);
			} catch (IllegalArgumentException e) {
				log.warning(line, NLS.bind(Messages.SpeciesPlusRecord_rankKept, columns.name("rank"), e.getMessage())); //$NON-NLS-1$
			}
		}
		List<String> higher = new ArrayList<>();
		String[] words = name.split(" "); //$NON-NLS-1$
		if (words.length == 3 || words.length == 4 && (words[2].equals("ssp.") || words[2].equals("var."))) { //$NON-NLS-1$ //$NON-NLS-2$
			higher.add(words[0] + " " + words[1]); // a subspecies' species //$NON-NLS-1$
		}
		for (String field : new String[] { "genus", "family", "order" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String cell = Values.normalize(columns.cell(row, field));
			if (!cell.isEmpty() && !cell.equalsIgnoreCase(name)) {
				higher.add(cell);
			}
		}
		for (String under : columns.cell(row, "listedUnder").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
			String taxon = Values.normalize(under).replaceFirst("\\s+spp\\.?$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!taxon.isEmpty() && !taxon.equalsIgnoreCase(name) && !higher.contains(taxon)) {
				higher.add(taxon);
			}
		}
		boolean instrument = format == SpeciesPlusFormat.CMS_LISTINGS
				&& !columns.cell(row, "agreement").isEmpty() && !"CMS".equalsIgnoreCase(columns.cell(row, "agreement")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<Listed> listings = instrument ? List.of()
				: format == SpeciesPlusFormat.CHECKLIST_HISTORY ? historyListing(row, columns, log)
						: currentListings(format, row, columns, log);
		return new SpeciesPlusRecord(line, columns.cell(row, "id"), name, columns.cell(row, "author"), rank, //$NON-NLS-1$ //$NON-NLS-2$
				synonyms(columns.cell(row, "synonyms")), commonNames(row, columns), higher, listings, //$NON-NLS-1$
				columns.cell(row, "changeType").toUpperCase(Locale.ROOT), instrument); //$NON-NLS-1$
	}

	/** The appendices of a "Listing" cell, with each one's note and (CMS) date from the per-appendix lines. */
	private static List<Listed> currentListings(SpeciesPlusFormat format, CsvTable.Row row, Columns columns,
			ProblemLog log) {
		String cell = columns.cell(row, "listing"); //$NON-NLS-1$
		if (cell.isEmpty()) {
			return List.of();
		}
		Map<String, String> notes = perAppendix(columns.cell(row, "note")); //$NON-NLS-1$
		Map<String, String> hashNotes = perAppendix(columns.cell(row, "hashNote")); //$NON-NLS-1$
		Map<String, String> dates = perAppendix(columns.cell(row, "date")); //$NON-NLS-1$
		String party = columns.cell(row, "party"); //$NON-NLS-1$
		List<Listed> listings = new ArrayList<>();
		for (String part : cell.split("/")) { //$NON-NLS-1$
			String code = part.strip().toUpperCase(Locale.ROOT);
			AppendixListing appendix = appendix(code);
			if (appendix == null) {
				log.error(row.line(), NLS.bind(Messages.SpeciesPlusRecord_badListing,
						new Object[] { cell, columns.name("listing"), part.strip() })); //$NON-NLS-1$
				return List.of();
			}
			LocalDate effective = null;
			String date = dates.getOrDefault(code, ""); //$NON-NLS-1$
			if (!date.isEmpty()) {
				effective = date(date, row.line(), columns.name("date"), log); //$NON-NLS-1$
			}
			String note = notes.getOrDefault(code, ""); //$NON-NLS-1$
			boolean inherited = INHERITED.matcher(note).find();
			note = INHERITED.matcher(note).replaceFirst(""); //$NON-NLS-1$
			String hash = hashNotes.getOrDefault(code, ""); //$NON-NLS-1$
			listings.add(new Listed(format.convention, appendix, effective,
					inherited || note.isEmpty() ? "" : note, hash.isEmpty() && inherited ? note : hash, //$NON-NLS-1$
					appendix == AppendixListing.III ? party : "")); //$NON-NLS-1$
		}
		return listings;
	}

	/** The one listing change a history row records. */
	private static List<Listed> historyListing(CsvTable.Row row, Columns columns, ProblemLog log) {
		String cell = columns.cell(row, "appendix").strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
		AppendixListing appendix = appendix(cell);
		if (appendix == null || appendix == AppendixListing.NOT_LISTED) {
			log.error(row.line(), NLS.bind(Messages.SpeciesPlusRecord_badAppendix, cell, columns.name("appendix"))); //$NON-NLS-1$
			return List.of();
		}
		String when = columns.cell(row, "effective"); //$NON-NLS-1$
		LocalDate effective = when.isEmpty() ? null : date(when, row.line(), columns.name("effective"), log); //$NON-NLS-1$
		if (effective == null && !log.isRejected(row.line())) {
			log.error(row.line(), NLS.bind(Messages.SpeciesPlusRecord_noDate, columns.name("effective"))); //$NON-NLS-1$
		}
		String symbol = columns.cell(row, "hashSymbol"); //$NON-NLS-1$
		String hash = columns.cell(row, "hashNote"); //$NON-NLS-1$
		String annotation = symbol.isEmpty() ? hash : (symbol + " " + hash).strip(); //$NON-NLS-1$
		String party = columns.cell(row, "partyName").isEmpty() ? columns.cell(row, "party") //$NON-NLS-1$//$NON-NLS-2$
				: columns.cell(row, "partyName"); //$NON-NLS-1$
		return List.of(new Listed(Convention.CITES, appendix, effective, columns.cell(row, "note"), annotation, party)); //$NON-NLS-1$
	}

	/** I, II, III, or NC (a part not covered: not listed); null for anything else. */
	private static AppendixListing appendix(String code) {
		return switch (code) {
		case "I" -> AppendixListing.I; //$NON-NLS-1$
		case "II" -> AppendixListing.II; //$NON-NLS-1$
		case "III" -> AppendixListing.III; //$NON-NLS-1$
		case "NC" -> AppendixListing.NOT_LISTED; //$NON-NLS-1$
		default -> null;
		};
	}

	private static LocalDate date(String text, int line, String column, ProblemLog log) {
		try {
			return LocalDate.parse(text.strip(), DAY_MONTH_YEAR);
		} catch (DateTimeParseException e) {
			log.error(line, NLS.bind(Messages.SpeciesPlusRecord_badDate, text.strip(), column));
			return null;
		}
	}

	/** "**I** text" lines by appendix; a cell without such marks is one text for every appendix ("*"). */
	private static Map<String, String> perAppendix(String cell) {
		Map<String, String> byAppendix = new LinkedHashMap<>();
		for (String line : cell.split("\\R")) { //$NON-NLS-1$
			Matcher matcher = PER_APPENDIX.matcher(line.strip());
			if (matcher.matches()) {
				byAppendix.put(matcher.group(1), Values.normalize(matcher.group(2)));
			}
		}
		if (byAppendix.isEmpty() && !cell.isBlank()) {
			for (String code : new String[] { "I", "II", "III", "NC" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				byAppendix.put(code, Values.normalize(cell));
			}
		}
		return byAppendix;
	}

	/** The names in a synonyms cell, without their authors (which may hold commas themselves). */
	private static List<String> synonyms(String cell) {
		List<String> names = new ArrayList<>();
		Matcher matcher = NAME.matcher(cell);
		while (matcher.find()) {
			if (!names.contains(matcher.group())) {
				names.add(matcher.group());
			}
		}
		return names;
	}

	/** English names as they are; French and Spanish ones marked with their language, as "[fr]" and "[es]". */
	private static List<String> commonNames(CsvTable.Row row, Columns columns) {
		List<String> names = new ArrayList<>();
		Arrays.stream(columns.cell(row, "english").split(",")).map(Values::normalize).filter(s -> !s.isEmpty()) //$NON-NLS-1$ //$NON-NLS-2$
				.forEach(names::add);
		Arrays.stream(columns.cell(row, "french").split(",")).map(Values::normalize).filter(s -> !s.isEmpty()) //$NON-NLS-1$ //$NON-NLS-2$
				.forEach(n -> names.add(n + " [fr]")); //$NON-NLS-1$
		Arrays.stream(columns.cell(row, "spanish").split(",")).map(Values::normalize).filter(s -> !s.isEmpty()) //$NON-NLS-1$ //$NON-NLS-2$
				.forEach(n -> names.add(n + " [es]")); //$NON-NLS-1$
		return names;
	}
}
