package org.mea.jwp.core.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.mea.jwp.core.validation.spi.IConstraint;

/**
 * A constraint as declared: id, name, severity ({@link Diagnostic#ERROR}, {@link Diagnostic#WARNING}
 * or {@link Diagnostic#INFO}), the model type it applies to, and the rule itself.
 *
 * @param id unique id, e.g. {@code org.mea.jwp.core.activity.lead}
 * @param name short name shown in preferences
 * @param severity a {@link Diagnostic} severity
 * @param target the model type checked
 * @param constraint the rule
 */
public record ConstraintDescriptor(String id, String name, int severity, EClass target, IConstraint constraint) {
}
