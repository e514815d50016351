package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.TimeframeKind;
import org.mea.jwp.model.operations.Timeframes;

/** A dated timeframe must lie within the programme period (2012–2014 for the embedded programme). */
public class TimeframeWithinPeriod implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		Timeframe timeframe = activity.getTimeframe();
		Programme programme = context.getProgramme();
		if (timeframe == null || programme == null || programme.getPeriodStart() <= 0 || programme.getPeriodEnd() <= 0) {
			return;
		}
		if (timeframe.getKind() != TimeframeKind.YEAR && timeframe.getKind() != TimeframeKind.RANGE) {
			return;
		}
		if (timeframe.getStartYear() < programme.getPeriodStart() || timeframe.getEndYear() > programme.getPeriodEnd()) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__TIMEFRAME,
					Labels.of(activity) + ": the timeframe \"" + Timeframes.wording(timeframe) + "\" (" //$NON-NLS-1$ //$NON-NLS-2$
							+ timeframe.describe() + ") lies outside the programme period " + programme.getPeriodStart() //$NON-NLS-1$
							+ "\u2013" + programme.getPeriodEnd()); //$NON-NLS-1$
		}
	}
}
