package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;

/** Progress is reported on dates within the programme period; others are usually typing mistakes. */
public class ProgressWithinPeriod implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		ProgressEntry entry = (ProgressEntry) target;
		Programme programme = context.getProgramme();
		if (entry.getDate() == null) {
			context.report(entry, JwpPackage.Literals.PROGRESS_ENTRY__DATE, Labels.of(entry) + " has no date"); //$NON-NLS-1$
			return;
		}
		if (programme == null || programme.getPeriodStart() <= 0 || programme.getPeriodEnd() <= 0) {
			return;
		}
		int year = entry.getDate().getYear();
		if (year < programme.getPeriodStart() || year > programme.getPeriodEnd()) {
			context.report(entry, JwpPackage.Literals.PROGRESS_ENTRY__DATE, Labels.of(entry) + " is dated outside the programme period " //$NON-NLS-1$
					+ programme.getPeriodStart() + "\u2013" + programme.getPeriodEnd()); //$NON-NLS-1$
		}
	}
}
