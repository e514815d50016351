package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.operations.Timeframes;

/** What the Committee will ask about first: activities whose time is up and that are not done. */
public class OverdueActivity implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		if (activity.isOverdue(context.getReportingDate())) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__STATUS, NLS.bind(Messages.OverdueActivity_overdue,
					new Object[] { Labels.of(activity), Timeframes.wording(activity.getTimeframe()),
							activity.getTimeframe().endDate(), status(activity.getStatus()),
							context.getReportingDate() }));
		}
	}

	/** The status in words (in English, the literal: "not started"). */
	static String status(ActivityStatus status) {
		return switch (status) {
		case NOT_STARTED -> Messages.OverdueActivity_statusNotStarted;
		case IN_PROGRESS -> Messages.OverdueActivity_statusInProgress;
		case ONGOING -> Messages.OverdueActivity_statusOngoing;
		case COMPLETED -> Messages.OverdueActivity_statusCompleted;
		case DEFERRED -> Messages.OverdueActivity_statusDeferred;
		case CANCELLED -> Messages.OverdueActivity_statusCancelled;
		case AWAITING_FUNDING -> Messages.OverdueActivity_statusAwaitingFunding;
		};
	}
}
