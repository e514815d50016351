package org.mea.jwp.model.operations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.Listing;
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

	/** Both listings in force on {@code date} are known and differ. */
	public static boolean appendicesDifferOn(Taxon taxon, LocalDate date) {
		AppendixListing cites = listingOn(taxon, Convention.CITES, date);
		AppendixListing cms = listingOn(taxon, Convention.CMS, date);
		return cites != AppendixListing.UNKNOWN && cms != AppendixListing.UNKNOWN && cites != cms;
	}

	/**
	 * The taxon's listing in {@code convention}'s Appendices on {@code date}. With a listing history
	 * for that Convention: the appendices of the listings in force that day ("I and II" when some
	 * populations are in I and others in II; III alone only when nothing else is in force; "not
	 * listed" when none is in force). Without one: the appendix recorded on the taxon.
	 */
	public static AppendixListing listingOn(Taxon taxon, Convention convention, LocalDate date) {
		boolean history = false;
		Set<AppendixListing> inForce = EnumSet.noneOf(AppendixListing.class);
		for (Listing listing : taxon.getListings()) {
			if (listing.getConvention() == convention) {
				history = true;
				if (listing.inForceOn(date) && listing.getAppendix() != AppendixListing.UNKNOWN) {
					inForce.add(listing.getAppendix());
				}
			}
		}
		if (!history) {
			return convention == Convention.CITES ? taxon.getCitesAppendix()
					: convention == Convention.CMS ? taxon.getCmsAppendix() : AppendixListing.UNKNOWN;
		}
		inForce.remove(AppendixListing.NOT_LISTED);
		boolean one = inForce.contains(AppendixListing.I) || inForce.contains(AppendixListing.BOTH);
		boolean two = inForce.contains(AppendixListing.II) || inForce.contains(AppendixListing.BOTH);
		if (one && two) {
			return AppendixListing.BOTH;
		}
		if (one) {
			return AppendixListing.I;
		}
		if (two) {
			return AppendixListing.II;
		}
		return inForce.contains(AppendixListing.III) ? AppendixListing.III : AppendixListing.NOT_LISTED;
	}

	private static String normalize(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
