package org.mea.jwp.core.internal.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;

/** Activity codes identify activities in reports and meetings: each must be used once. */
public class UniqueActivityCodes implements IConstraint {

	@Override
	public void validate(EObject target, IConstraintContext context) {
		Map<String, List<Activity>> byCode = new LinkedHashMap<>();
		for (Activity activity : ((Programme) target).activities()) {
			if (activity.getCode() != null && !activity.getCode().isBlank()) {
				byCode.computeIfAbsent(activity.getCode().strip(), c -> new ArrayList<>(2)).add(activity);
			}
		}
		byCode.forEach((code, activities) -> {
			if (activities.size() > 1) {
				String where = activities.stream()
						.map(a -> a.getTheme() == null ? "?" //$NON-NLS-1$
								: NLS.bind(Messages.UniqueActivityCodes_theme, a.getTheme().getLetter()))
						.collect(Collectors.joining(", ")); //$NON-NLS-1$
				for (Activity duplicate : activities.subList(1, activities.size())) {
					context.report(duplicate, JwpPackage.Literals.ACTIVITY__CODE,
							NLS.bind(Messages.UniqueActivityCodes_duplicate,
									new Object[] { Labels.of(duplicate), code, activities.size(), where }));
				}
			}
		});
	}
}
