package org.mea.jwp.core;

import java.util.List;
import java.util.stream.Collectors;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * The species concordance of a programme as text, one entry per taxon: the name as printed, common
 * names, rank, CITES and CMS names and appendices, the activities that cover the taxon and where
 * the two Conventions differ. Shared by the Species Concordance view and the species report, so
 * that both say the same.
 */
public final class SpeciesConcordance {

	private SpeciesConcordance() {
	}

	/** One taxon of the concordance, as shown and reported. */
	public record Entry(Taxon taxon, String nameAsPrinted, String commonNames, String rank, String citesName,
			String citesAppendix, String cmsName, String cmsAppendix, String activities, String differences) {
	}

	/** The entries of {@code programme}, in the order of its species registry. */
	public static List<Entry> of(Programme programme) {
		List<Activity> activities = programme.activities();
		return programme.getTaxa().stream().map(taxon -> entry(taxon, activities)).toList();
	}

	/** The entry for one taxon, with the activities of {@code activities} that cover it. */
	public static Entry entry(Taxon taxon, List<Activity> activities) {
		return new Entry(taxon, nonNull(taxon.getNameAsPrinted()), String.join(", ", taxon.getCommonNames()), //$NON-NLS-1$
				taxon.getRank().getLiteral(), nonNull(taxon.getCitesName()), appendix(taxon.getCitesAppendix()),
				nonNull(taxon.getCmsName()), appendix(taxon.getCmsAppendix()),
				activities.stream().filter(a -> a.getSpecies().contains(taxon)).map(Activity::getCode)
						.collect(Collectors.joining(", ")), //$NON-NLS-1$
				differences(taxon));
	}

	private static String appendix(AppendixListing listing) {
		return listing == AppendixListing.UNKNOWN ? "" : listing.getLiteral(); //$NON-NLS-1$
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** "names", "appendices", both, or "" where the Conventions agree (or nothing is known). */
	public static String differences(Taxon taxon) {
		if (taxon.namesDiffer() && taxon.appendicesDiffer()) {
			return "names, appendices"; //$NON-NLS-1$
		}
		return taxon.namesDiffer() ? "names" : taxon.appendicesDiffer() ? "appendices" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
