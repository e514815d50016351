package org.mea.jwp.examples.secretariat;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.JwpPackage;

/**
 * A secretariat's own rule: an activity that waits for external funding should name at least one
 * partner who could fund or carry it, or fund-raising has nobody to talk to.
 */
public class FundingPartnerConstraint implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		if (activity.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING && activity.getPartners().isEmpty()) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__PARTNERS, "Activity " + activity.getCode() //$NON-NLS-1$
					+ " depends on external funding but names no partner"); //$NON-NLS-1$
		}
	}
}
