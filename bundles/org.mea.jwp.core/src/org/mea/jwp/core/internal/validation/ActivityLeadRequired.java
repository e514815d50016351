package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;

/** Someone must be answerable for each activity in the progress report. */
public class ActivityLeadRequired implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		if (activity.getLead() == LeadSecretariat.UNASSIGNED) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__LEAD,
					NLS.bind(Messages.ActivityLeadRequired_noLead, Labels.of(activity)));
		}
	}
}
