package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/**
 * Finds the programme's taxon that a name from a listing means, in the order taxonomists trust:
 * the accepted name, then a synonym (the file's name among the taxon's synonyms, or one of the
 * file's synonyms as the taxon's accepted name), then the name as printed in the programme (which
 * may be a misprint recorded as such) or a Convention's name. At each step one taxon is a match,
 * several are an ambiguity the import reports rather than guesses, none passes to the next step.
 * Higher taxa ("Saiga spp.", a family, an order) are found by their name without "spp.".
 */
final class TaxonMatcher {

	/** The outcome: the taxon, or the candidates when more than one fits ({@code taxon} null), or nothing. */
	record Match(Taxon taxon, List<Taxon> candidates, String how) {
		boolean ambiguous() {
			return taxon == null && candidates.size() > 1;
		}

		/** What an import says of an ambiguous {@code name}, whose row (or {@code entry}) it skips. */
		String ambiguity(String name, boolean entry) {
			return NLS.bind(entry ? Messages.TaxonMatcher_ambiguousEntry : Messages.TaxonMatcher_ambiguousRow,
					new Object[] { name,
							candidates.size(), how,
							String.join(", ", candidates.stream().map(TaxonMatcher::label).toList()) }); //$NON-NLS-1$
		}
	}

	/** How an import names a taxon of the programme: as printed, else by its accepted name, else its id. */
	static String label(Taxon taxon) {
		return taxon.getNameAsPrinted() != null ? taxon.getNameAsPrinted()
				: taxon.getAcceptedName() != null ? taxon.getAcceptedName() : taxon.getId();
	}

	private static final Set<TaxonRank> HIGHER = Set.of(TaxonRank.GENUS, TaxonRank.FAMILY, TaxonRank.ORDER,
			TaxonRank.CLASS);

	private final Map<String, Set<Taxon>> accepted = new HashMap<>();
	private final Map<String, Set<Taxon>> synonyms = new HashMap<>();
	private final Map<String, Set<Taxon>> printed = new HashMap<>();
	private final Map<String, Set<Taxon>> higher = new HashMap<>();

	TaxonMatcher(Programme programme) {
		programme.getTaxa().forEach(this::indexWithLowerTaxa);
	}

	private void indexWithLowerTaxa(Taxon taxon) {
		index(taxon);
		taxon.getLowerTaxa().forEach(this::indexWithLowerTaxa);
	}

	/** Makes {@code taxon} (one the import is adding) findable by its names. */
	void index(Taxon taxon) {
		put(accepted, taxon.getAcceptedName(), taxon);
		taxon.getSynonyms().forEach(name -> put(synonyms, name, taxon));
		for (String name : new String[] { taxon.getNameAsPrinted(), taxon.getCitesName(), taxon.getCmsName() }) {
			put(printed, name, taxon);
		}
		boolean isHigher = HIGHER.contains(taxon.getRank())
				|| taxon.getNameAsPrinted() != null && taxon.getNameAsPrinted().strip().endsWith("spp."); //$NON-NLS-1$
		if (isHigher) {
			for (String name : new String[] { taxon.getNameAsPrinted(), taxon.getAcceptedName() }) {
				put(higher, name == null ? null : name.strip().replaceFirst("\\s+spp\\.?$", ""), taxon); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static void put(Map<String, Set<Taxon>> index, String name, Taxon taxon) {
		String key = Values.nameKey(name);
		if (!key.isEmpty()) {
			index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(taxon);
		}
	}

	/** The taxon {@code name} (with the file's {@code fileSynonyms}) means. */
	Match match(String name, List<String> fileSynonyms) {
		String key = Values.nameKey(name);
		Match byAccepted = step(accepted.get(key), Messages.TaxonMatcher_byAcceptedName);
		if (byAccepted != null) {
			return byAccepted;
		}
		Set<Taxon> bySynonym = new LinkedHashSet<>(synonyms.getOrDefault(key, Set.of()));
		for (String synonym : fileSynonyms) {
			bySynonym.addAll(accepted.getOrDefault(Values.nameKey(synonym), Set.of()));
		}
		Match synonym = step(bySynonym, Messages.TaxonMatcher_bySynonym);
		if (synonym != null) {
			return synonym;
		}
		Match asPrinted = step(printed.get(key), Messages.TaxonMatcher_byNameAsPrinted);
		return asPrinted != null ? asPrinted : new Match(null, List.of(), ""); //$NON-NLS-1$
	}

	private static Match step(Set<Taxon> found, String how) {
		if (found == null || found.isEmpty()) {
			return null;
		}
		return found.size() == 1 ? new Match(found.iterator().next(), List.of(), how)
				: new Match(null, new ArrayList<>(found), how);
	}

	/**
	 * The taxon of the programme that includes a taxon of these higher names (the nearest first: a
	 * subspecies' species, the genus, family, order), or null: a higher taxon by its name without
	 * "spp.", else a taxon the name matches as such (a species holding its subspecies).
	 */
	Taxon higher(List<String> higherNames) {
		for (String name : higherNames) {
			Set<Taxon> found = higher.get(Values.nameKey(name));
			if (found != null && found.size() == 1) {
				return found.iterator().next();
			}
			Match match = match(name, List.of());
			if (match.taxon() != null) {
				return match.taxon();
			}
		}
		return null;
	}
}
