package org.mea.jwp.core.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Theme;

/**
 * Activities of a species theme (a theme with focus taxa: theme B, "joint actions for shared
 * species") should say which species they are about, or the concordance and reports miss them.
 */
public class SpeciesThemeNeedsSpecies implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Activity activity = (Activity) target;
		Theme theme = activity.getTheme();
		if (theme != null && !theme.getFocusTaxa().isEmpty() && activity.getSpecies().isEmpty()) {
			context.report(activity, JwpPackage.Literals.ACTIVITY__SPECIES,
					NLS.bind(Messages.SpeciesThemeNeedsSpecies_noSpecies, Labels.of(activity), theme.getLetter()));
		}
	}
}
