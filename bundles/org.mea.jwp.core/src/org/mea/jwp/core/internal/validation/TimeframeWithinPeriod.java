package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
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
		if (timeframe == null || programme == null || programme.getPeriodStart() <= 0
				|| programme.getPeriodEnd() <= 0) {
			return;
		}
		if (timeframe.getKind() != TimeframeKind.YEAR && timeframe.getKind() != TimeframeKind.RANGE) {
			return;
		}
		if (timeframe.getStartYear() < programme.getPeriodStart()
				|| timeframe.getEndYear() > programme.getPeriodEnd()) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__TIMEFRAME,
					NLS.bind(Messages.TimeframeWithinPeriod_outside,
							new Object[] { Labels.of(activity), Timeframes.wording(timeframe), describe(timeframe),
									programme.getPeriodStart(), programme.getPeriodEnd() }));
		}
	}

	/** How a year or range timeframe was understood; in English what {@link Timeframe#describe()} says. */
	private static String describe(Timeframe timeframe) {
		String understood = timeframe.getKind() == TimeframeKind.YEAR
				? NLS.bind(Messages.TimeframeWithinPeriod_year, timeframe.getStartYear())
				: NLS.bind(Messages.TimeframeWithinPeriod_range, timeframe.getStartYear(), timeframe.getEndYear());
		return timeframe.getDueDate() == null ? understood
				: NLS.bind(Messages.TimeframeWithinPeriod_due, understood, timeframe.getDueDate());
	}
}
