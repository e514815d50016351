package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
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
			context.report(entry, JwpPackage.Literals.PROGRESS_ENTRY__DATE,
					NLS.bind(Messages.ProgressWithinPeriod_noDate, Labels.of(entry)));
			return;
		}
		if (programme == null || programme.getPeriodStart() <= 0 || programme.getPeriodEnd() <= 0) {
			return;
		}
		int year = entry.getDate().getYear();
		if (year < programme.getPeriodStart() || year > programme.getPeriodEnd()) {
			context.report(entry, JwpPackage.Literals.PROGRESS_ENTRY__DATE,
					NLS.bind(Messages.ProgressWithinPeriod_outside,
							new Object[] { Labels.of(entry), programme.getPeriodStart(), programme.getPeriodEnd() }));
		}
	}
}
