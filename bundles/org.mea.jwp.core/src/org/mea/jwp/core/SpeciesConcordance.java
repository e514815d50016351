package org.mea.jwp.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * The species concordance of a programme as text, one entry per taxon: the name as printed, common
 * names, rank, CITES and CMS names and the appendices in force on a date ("as at"), the activities
 * that cover the taxon and where the two Conventions differ. A higher taxon ("Saiga spp.", a family,
 * an order) is followed by the species it includes, one level deeper; a species without a listing of
 * its own has the higher taxon's. Shared by the Species Concordance view and the species report, so
 * that both say the same.
 */
public final class SpeciesConcordance {

	private SpeciesConcordance() {
	}

	/**
	 * One taxon of the concordance, as shown and reported; {@code depth} 0 for the registry's own
	 * taxa; {@code nameAsPrinted} is the accepted name for a taxon the programme does not print.
	 */
	public record Entry(Taxon taxon, int depth, String nameAsPrinted, String commonNames, String rank, String citesName,
			String citesAppendix, String cmsName, String cmsAppendix, String activities, String differences) {
	}

	/** The entries of {@code programme} as at {@code asAt}, in the order of its species registry, lower taxa after theirs. */
	public static List<Entry> of(Programme programme, LocalDate asAt) {
		Map<Taxon, StringBuilder> codes = activitiesByTaxon(programme.activities());
		List<Entry> entries = new ArrayList<>();
		for (Taxon taxon : programme.getTaxa()) {
			add(taxon, 0, codes, asAt, entries);
		}
		return entries;
	}

	private static void add(Taxon taxon, int depth, Map<Taxon, StringBuilder> codes, LocalDate asAt,
			List<Entry> entries) {
		StringBuilder covered = codes.get(taxon);
		entries.add(entry(taxon, depth, covered == null ? "" : covered.toString(), asAt)); //$NON-NLS-1$
		for (Taxon lower : taxon.getLowerTaxa()) {
			add(lower, depth + 1, codes, asAt, entries);
		}
	}

	/** The entry for one taxon as at {@code asAt}, with the activities of {@code activities} that cover it. */
	public static Entry entry(Taxon taxon, List<Activity> activities, LocalDate asAt) {
		StringBuilder covered = activitiesByTaxon(activities).get(taxon);
		return entry(taxon, depth(taxon), covered == null ? "" : covered.toString(), asAt); //$NON-NLS-1$
	}

	private static Entry entry(Taxon taxon, int depth, String activities, LocalDate asAt) {
		String name = taxon.getNameAsPrinted() == null || taxon.getNameAsPrinted().isBlank()
				? nonNull(taxon.getAcceptedName())
				: taxon.getNameAsPrinted();
		return new Entry(taxon, depth, name, String.join(", ", taxon.getCommonNames()), //$NON-NLS-1$
				taxon.getRank().getLiteral(), nonNull(taxon.getCitesName()),
				appendix(listing(taxon, Convention.CITES, asAt)),
				nonNull(taxon.getCmsName()), appendix(listing(taxon, Convention.CMS, asAt)), activities,
				differences(taxon, asAt));
	}

	/**
	 * The listing that applies to {@code taxon} in {@code convention} on {@code asAt}: its own, else
	 * (not recorded) that of the higher taxon that includes it.
	 */
	public static AppendixListing listing(Taxon taxon, Convention convention, LocalDate asAt) {
		AppendixListing own = taxon.listingOn(convention, asAt);
		if (own == AppendixListing.UNKNOWN && taxon.eContainer() instanceof Taxon higher) {
			return listing(higher, convention, asAt);
		}
		return own;
	}

	/** "names", "appendices", both, or "" where the Conventions agree (or nothing is known) on {@code asAt}. */
	public static String differences(Taxon taxon, LocalDate asAt) {
		AppendixListing cites = listing(taxon, Convention.CITES, asAt);
		AppendixListing cms = listing(taxon, Convention.CMS, asAt);
		boolean appendices = cites != AppendixListing.UNKNOWN && cms != AppendixListing.UNKNOWN && cites != cms;
		if (taxon.namesDiffer() && appendices) {
			return "names, appendices"; //$NON-NLS-1$
		}
		return taxon.namesDiffer() ? "names" : appendices ? "appendices" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The codes of the activities covering each taxon, in the order given, in one pass. */
	private static Map<Taxon, StringBuilder> activitiesByTaxon(List<Activity> activities) {
		Map<Taxon, StringBuilder> codes = new IdentityHashMap<>();
		for (Activity activity : activities) {
			for (Taxon taxon : activity.getSpecies()) {
				StringBuilder text = codes.computeIfAbsent(taxon, t -> new StringBuilder());
				if (text.indexOf(activity.getCode() + ",") < 0 && !text.toString().endsWith(activity.getCode())) { //$NON-NLS-1$
					text.append(text.isEmpty() ? "" : ", ").append(activity.getCode()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return codes;
	}

	private static int depth(Taxon taxon) {
		int depth = 0;
		for (Object container = taxon.eContainer(); container instanceof Taxon higher; container = higher
				.eContainer()) {
			depth++;
		}
		return depth;
	}

	private static String appendix(AppendixListing listing) {
		return listing == AppendixListing.UNKNOWN ? "" : listing.getLiteral(); //$NON-NLS-1$
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
