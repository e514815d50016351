package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.operations.Timeframes;

/** What the Committee will ask about first: activities whose time is up and that are not done. */
public class OverdueActivity implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		if (activity.isOverdue(context.getReportingDate())) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__STATUS, Labels.of(activity) + " is overdue: its timeframe \"" //$NON-NLS-1$
					+ Timeframes.wording(activity.getTimeframe()) + "\" ended on " + activity.getTimeframe().endDate() //$NON-NLS-1$
					+ " and its status is \"" + activity.getStatus().getLiteral() + "\" on " + context.getReportingDate()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
