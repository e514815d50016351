package org.mea.jwp.cli;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;

/** A plug-in's rule, contributed by this test fragment: an activity's text still marked as a draft (ValidateCommandTest). */
public class DraftTextConstraint implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		if (activity.getText() != null && activity.getText().startsWith("DRAFT")) { //$NON-NLS-1$
			context.report(activity, JwpPackage.Literals.ACTIVITY__TEXT,
					"The text of " + activity.getCode() + " is still a draft"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
