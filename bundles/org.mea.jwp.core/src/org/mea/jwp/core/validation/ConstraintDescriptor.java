package org.mea.jwp.core.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.mea.jwp.core.registry.Contributed;
import org.mea.jwp.core.validation.spi.IConstraint;

/**
 * A constraint as declared: id, name, severity ({@link Diagnostic#ERROR}, {@link Diagnostic#WARNING}
 * or {@link Diagnostic#INFO}), the model type it applies to, the rule itself and who declared it.
 *
 * @param id unique id, e.g. {@code org.mea.jwp.core.activity.lead}
 * @param name short name shown in preferences
 * @param severity a {@link Diagnostic} severity
 * @param target the model type checked
 * @param constraint the rule
 * @param contributor symbolic name of the plug-in (or fragment) that declared it
 */
public record ConstraintDescriptor(String id, String name, int severity, EClass target, IConstraint constraint,
		String contributor) implements Contributed {

	/** The contributor of the constraints that come with JWP Workbench. */
	public static final String BUILT_IN = "org.mea.jwp.core"; //$NON-NLS-1$

	/** A constraint of JWP Workbench's own ({@link #BUILT_IN}). */
	public ConstraintDescriptor(String id, String name, int severity, EClass target, IConstraint constraint) {
		this(id, name, severity, target, constraint, BUILT_IN);
	}
}
