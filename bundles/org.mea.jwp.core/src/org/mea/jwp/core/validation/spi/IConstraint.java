package org.mea.jwp.core.validation.spi;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation rule on one type of model element. Implementations are contributed through the
 * extension point {@code org.mea.jwp.core.constraints} (which declares the id, severity and target
 * type) or built in; they report problems through the context and must not change the model.
 */
public interface IConstraint {

	/** Checks {@code target}, an instance of the declared target type, and reports what is wrong. */
	void validate(EObject target, IConstraintContext context);
}
