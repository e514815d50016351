package org.mea.jwp.core.internal.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mea.jwp.model.Convention;

/**
 * The downloads of Species+ (speciesplus.net) and of the CITES Checklist (checklist.cites.org) that
 * {@link SpeciesPlusImporter} reads, told apart by their headers. The column names are those the
 * Species+ application writes (its CSV export classes, from its launch in 2013; the nine
 * distribution columns added in April 2014 and the EU export's optional CITES column are read past).
 */
enum SpeciesPlusFormat {

	/** Species+ "CITES listings": current listings, one row per species or subspecies. */
	CITES_LISTINGS("Species+ CITES listings", Convention.CITES, //$NON-NLS-1$
			Set.of("scientificname", "listing", "listedunder", "fullnote", "kingdom")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** Species+ "CMS listings": current listings with the date of each appendix; instrument rows besides. */
	CMS_LISTINGS("Species+ CMS listings", Convention.CMS, //$NON-NLS-1$
			Set.of("scientificname", "agreement", "listing", "date", "note")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** CITES Checklist "Index of CITES Species": current listing, synonyms, common names, all ranks. */
	CHECKLIST_INDEX("CITES Checklist index", Convention.CITES, //$NON-NLS-1$
			Set.of("fullname", "rankname", "currentlisting")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** CITES Checklist "History of CITES Listings": one row per change, with its effective date. */
	CHECKLIST_HISTORY("CITES Checklist listing history", Convention.CITES, //$NON-NLS-1$
			Set.of("fullname", "appendix", "changetype", "effectiveat")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Field names of {@link SpeciesPlusRecord}, with the normalized column names that mean each. */
	static final Map<String, Set<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("id", Set.of("id", "taxonid")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("name", Set.of("scientificname", "fullname")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("author", Set.of("author", "authoryear")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("rank", Set.of("rank", "rankname")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("listing", Set.of("listing", "currentlisting")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("appendix", Set.of("appendix")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("party", Set.of("party", "partyisocode")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("partyName", Set.of("partyfullname")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("listedUnder", Set.of("listedunder")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("note", Set.of("fullnote", "note", "fullannotationenglish")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		COLUMNS.put("hashNote", Set.of("#fullnote", "fullnote#", "#annotation")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		COLUMNS.put("hashSymbol", Set.of("#annotationsymbol")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("agreement", Set.of("agreement")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("date", Set.of("date")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("changeType", Set.of("changetype")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("effective", Set.of("effectiveat")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("synonyms", Set.of("synonymswithauthors", "synonyms")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put("english", Set.of("englishnames")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("french", Set.of("frenchnames")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("spanish", Set.of("spanishnames")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("genus", Set.of("genus")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("family", Set.of("family")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put("order", Set.of("order")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Columns of these downloads that are known and deliberately not imported (no warning about them). */
	static final Set<String> IGNORED = Set.of("kingdom", "phylum", "class", "species", "subspecies", "iscurrent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"cites", "citesaccepted", "annotationenglish", "annotationspanish", "annotationfrench", "nomenclaturenote", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$//$NON-NLS-4$//$NON-NLS-5$//$NON-NLS-6$
			"distributionisocodes",
			"distributionfullnames", "alldistributionfullnames", "alldistributionisocodes", //$NON-NLS-2$//$NON-NLS-3$
			"nativedistributionfullnames", //$NON-NLS-1$
			"introduceddistribution", "introduced?distribution", "reintroduceddistribution", "extinctdistribution", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"extinct?distribution", "distributionuncertain"); //$NON-NLS-1$ //$NON-NLS-2$

	final String title;
	final Convention convention;
	private final Set<String> required;

	SpeciesPlusFormat(String title, Convention convention, Set<String> required) {
		this.title = title;
		this.convention = convention;
		this.required = required;
	}

	/** The format whose columns the header has (the most specific first), or null. */
	static SpeciesPlusFormat of(List<String> header) {
		Set<String> keys = new java.util.HashSet<>();
		header.forEach(name -> keys.add(Columns.key(name)));
		for (SpeciesPlusFormat format : List.of(CHECKLIST_HISTORY, CHECKLIST_INDEX, CMS_LISTINGS, CITES_LISTINGS)) {
			if (keys.containsAll(format.required)) {
				return format;
			}
		}
		return null;
	}
}
