package org.mea.jwp.core.internal.validation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
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
			context.report(taxon, JwpPackage.Literals.TAXON__CMS_NAME, Labels.of(taxon) + ": CITES uses the name \"" //$NON-NLS-1$
					+ taxon.getCitesName() + "\", CMS \"" + taxon.getCmsName() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// the listings in force on the reporting date, a species' from its higher taxon when it has none
		LocalDate date = context.getReportingDate();
		AppendixListing cites = SpeciesConcordance.listing(taxon, Convention.CITES, date);
		AppendixListing cms = SpeciesConcordance.listing(taxon, Convention.CMS, date);
		if (cites != AppendixListing.UNKNOWN && cms != AppendixListing.UNKNOWN && cites != cms) {
			context.report(taxon, JwpPackage.Literals.TAXON__CMS_APPENDIX, Labels.of(taxon) + ": listed in CITES Appendix " //$NON-NLS-1$
					+ cites.getLiteral() + " and CMS Appendix " + cms.getLiteral() + " on " + date); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
