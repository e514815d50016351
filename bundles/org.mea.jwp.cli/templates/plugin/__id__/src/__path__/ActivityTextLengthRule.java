package @id@;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;

/**
 * A validation rule: an activity whose text is longer than {@value #LIMIT} characters is hard to
 * read in a report's table. Registered in plugin.xml (extension point org.mea.jwp.core.constraints)
 * for the target "Activity": JWP Workbench calls it once for every activity.
 */
public class ActivityTextLengthRule implements IConstraint {

	/** The longest text a report's table shows comfortably. */
	public static final int LIMIT = 600;

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		String text = activity.getText();
		if (text != null && text.length() > LIMIT) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__TEXT, "Activity " + activity.getCode() + " has " //$NON-NLS-1$ //$NON-NLS-2$
					+ text.length() + " characters; more than " + LIMIT + " are hard to read in a report"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
