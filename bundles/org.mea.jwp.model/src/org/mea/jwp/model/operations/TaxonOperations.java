package org.mea.jwp.model.operations;

import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Taxon;

/** Operations of {@link Taxon}: where CITES and CMS disagree (activities A3–A5, B19). */
public final class TaxonOperations {

	private TaxonOperations() {
	}

	/** Both Conventions' accepted names are recorded and are not the same name. */
	public static boolean namesDiffer(Taxon taxon) {
		String cites = normalize(taxon.getCitesName());
		String cms = normalize(taxon.getCmsName());
		return !cites.isEmpty() && !cms.isEmpty() && !cites.equalsIgnoreCase(cms);
	}

	/** Both listings are recorded (not UNKNOWN) and differ. */
	public static boolean appendicesDiffer(Taxon taxon) {
		AppendixListing cites = taxon.getCitesAppendix();
		AppendixListing cms = taxon.getCmsAppendix();
		return cites != AppendixListing.UNKNOWN && cms != AppendixListing.UNKNOWN && cites != cms;
	}

	private static String normalize(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
