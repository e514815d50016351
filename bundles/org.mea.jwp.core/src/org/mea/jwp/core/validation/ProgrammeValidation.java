package org.mea.jwp.core.validation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.mea.jwp.core.internal.validation.ConstraintRegistry;
import org.mea.jwp.model.JwpPackage;

/**
 * Validates a programme (or any element and its contents) with the enabled constraints: the
 * built-in ones and those contributed by plug-ins. Uses its own validator registry, so results do
 * not depend on what else was registered globally.
 */
public final class ProgrammeValidation {

	private ProgrammeValidation() {
	}

	/** Every constraint of this runtime that can run, built-in first, whether the user switched it on or off. */
	public static List<ConstraintDescriptor> constraints() {
		return ConstraintRegistry.getDefault().contributions();
	}

	/** Validates with every enabled constraint. */
	public static Diagnostic validate(EObject root, LocalDate reportingDate) {
		return validate(root, reportingDate, ConstraintRegistry.getDefault().getEnabledConstraints());
	}

	/** Validates with the given constraints only. */
	public static Diagnostic validate(EObject root, LocalDate reportingDate, List<ConstraintDescriptor> constraints) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(JwpPackage.eINSTANCE, new JwpValidator(constraints));
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return Labels.of(eObject);
			}
		};
		Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
		if (reportingDate != null) {
			context.put(JwpValidator.REPORTING_DATE, reportingDate);
		}
		return diagnostician.validate(root, context);
	}
}
