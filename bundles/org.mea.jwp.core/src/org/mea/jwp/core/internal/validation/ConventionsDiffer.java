package org.mea.jwp.core.internal.validation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;

/**
 * Where CITES and CMS name or list a taxon differently (activities A3–A5, B19 work on exactly
 * this). Information, not an error: the difference is a fact to track, not a mistake in the file.
 */
public class ConventionsDiffer implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Taxon taxon = (Taxon) target;
		if (taxon.namesDiffer()) {
			context.report(taxon, JwpPackage.Literals.TAXON__CMS_NAME, NLS.bind(Messages.ConventionsDiffer_names,
					new Object[] { Labels.of(taxon), taxon.getCitesName(), taxon.getCmsName() }));
		}
		// the listings in force on the reporting date, a species' from its higher taxon when it has none
		LocalDate date = context.getReportingDate();
		AppendixListing cites = SpeciesConcordance.listing(taxon, Convention.CITES, date);
		AppendixListing cms = SpeciesConcordance.listing(taxon, Convention.CMS, date);
		if (cites != AppendixListing.UNKNOWN && cms != AppendixListing.UNKNOWN && cites != cms) {
			context.report(taxon, JwpPackage.Literals.TAXON__CMS_APPENDIX,
					NLS.bind(Messages.ConventionsDiffer_appendices,
							new Object[] { Labels.of(taxon), appendix(cites), appendix(cms), date }));
		}
	}

	/** The Appendix in words: I, II, III, "I and II" or "not listed" (in English, the literal). */
	private static String appendix(AppendixListing listing) {
		return switch (listing) {
		case NOT_LISTED -> Messages.ConventionsDiffer_notListed;
		case BOTH -> Messages.ConventionsDiffer_both;
		default -> listing.getLiteral();
		};
	}
}
