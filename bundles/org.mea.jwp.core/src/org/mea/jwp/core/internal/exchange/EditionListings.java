package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Listing;
import org.mea.jwp.model.Taxon;

/**
 * The CITES listings one edition of the Appendices gives a matched taxon. An edition valid from a
 * date is the whole of what is in force from that date: listings that ended before it are history
 * and stay; the listings in force on it are replaced, the dated ones ended on that date (so the
 * history says when they changed), the undated ones (a "current" listing of unknown start) and any
 * of the same date removed.
 * When the listings in force are dated and the page has the same appendices and Parties, the page
 * confirms them and they stay as they are: their own start date says more than the edition's.
 * <p>
 * This is {@link SpeciesPlusImporter}'s rule for a current listing made for dated editions: an
 * undated page (no "valid from" printed) replaces undated listings and leaves a dated history alone,
 * reporting a difference; a page older than a listing the programme already has is not applied.
 */
record EditionListings(Taxon taxon, List<Listing> listings, LocalDate validFrom) {

	/** The change, or null when the taxon already has these listings or keeps its own (then {@code log} says why). */
	static EditionListings of(Taxon taxon, List<Listing> page, LocalDate validFrom, int line, ProblemLog log) {
		List<Listing> cites = taxon.getListings().stream().filter(l -> l.getConvention() == Convention.CITES).toList();
		if (validFrom != null) {
			Listing later = cites.stream().filter(l -> l.getEffective() != null && l.getEffective().isAfter(validFrom))
					.findFirst()
					.orElse(null);
			if (later != null) {
				log.warning(line, NLS.bind(Messages.EditionListings_later,
						new Object[] { TaxonMatcher.label(taxon), later.getEffective(), validFrom }));
				return null;
			}
		}
		List<Listing> inForce = cites.stream().filter(l -> inForce(l, validFrom)).toList();
		boolean allDated = !inForce.isEmpty() && inForce.stream().allMatch(l -> l.getEffective() != null);
		if (allDated && sameAppendices(inForce, page)) {
			return null;
		}
		if (validFrom == null && inForce.stream().anyMatch(l -> l.getEffective() != null)) {
			if (!sameAppendices(inForce, page)) {
				log.warning(line, NLS.bind(Messages.EditionListings_datedKept,
						new Object[] { TaxonMatcher.label(taxon), appendices(page), appendices(inForce) }));
			}
			return null;
		}
		if (validFrom == null && sameListings(inForce, page)) {
			return null;
		}
		return new EditionListings(taxon, page, validFrom);
	}

	private static boolean inForce(Listing listing, LocalDate date) {
		if (date == null) {
			return listing.getEnded() == null;
		}
		return (listing.getEffective() == null || !listing.getEffective().isAfter(date))
				&& (listing.getEnded() == null || listing.getEnded().isAfter(date));
	}

	/** The same appendices with the same Parties, whatever the wording of their remarks. */
	private static boolean sameAppendices(List<Listing> a, List<Listing> b) {
		return keys(a).equals(keys(b));
	}

	private static List<String> keys(List<Listing> listings) {
		return listings.stream().map(l -> l.getAppendix().getLiteral() + "|" + Objects.toString(l.getParty(), "")) //$NON-NLS-1$//$NON-NLS-2$
				.sorted().toList();
	}

	private static String appendices(List<Listing> listings) {
		return String.join(Messages.EditionListings_and,
				listings.stream().map(l -> l.getAppendix().getLiteral()).distinct().toList());
	}

	private static boolean sameListings(List<Listing> a, List<Listing> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			Listing x = a.get(i);
			Listing y = b.get(i);
			boolean same = x.getAppendix() == y.getAppendix() && Objects.equals(x.getEffective(), y.getEffective())
					&& Objects.equals(x.getPopulation(), y.getPopulation())
					&& Objects.equals(x.getAnnotation(), y.getAnnotation())
					&& Objects.equals(x.getParty(), y.getParty());
			if (!same) {
				return false;
			}
		}
		return true;
	}

	/** Made from the taxon's listings when executed; each command gets its own copies. */
	Command command(EditingDomain domain) {
		List<Listing> result = new ArrayList<>();
		for (Listing kept : taxon.getListings()) {
			if (kept.getConvention() != Convention.CITES || !inForce(kept, validFrom)) {
				result.add(kept);
			} else if (kept.getEffective() != null && validFrom != null && kept.getEffective().isBefore(validFrom)) {
				Listing ended = EcoreUtil.copy(kept);
				ended.setEnded(validFrom);
				result.add(ended);
			}
		}
		listings.forEach(l -> result.add(EcoreUtil.copy(l)));
		return new SetCommand(domain, taxon, JwpPackage.Literals.TAXON__LISTINGS, result);
	}
}
