package org.mea.jwp.model.operations;

import java.time.LocalDate;

import org.mea.jwp.model.Listing;

/** Operations of {@link Listing}: when a listing was in force. */
public final class ListingOperations {

	private ListingOperations() {
	}

	/**
	 * On or after the listing's effective date (none recorded: from the beginning) and before the
	 * date it ended (none: still in force). A listing that ended on the day another began is the
	 * other's from that day.
	 */
	public static boolean inForceOn(Listing listing, LocalDate date) {
		if (date == null) {
			return listing.getEnded() == null;
		}
		boolean started = listing.getEffective() == null || !date.isBefore(listing.getEffective());
		boolean ended = listing.getEnded() != null && !date.isBefore(listing.getEnded());
		return started && !ended;
	}
}
