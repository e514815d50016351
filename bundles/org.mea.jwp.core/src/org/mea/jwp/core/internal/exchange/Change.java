package org.mea.jwp.core.internal.exchange;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** One value an import sets on an existing element. */
record Change(EObject owner, EStructuralFeature feature, Object value) {

	/**
	 * The undoable command. Made with the constructor rather than {@code SetCommand.create}, which
	 * would need the model's item providers in the domain's adapter factory; core works with any
	 * domain. A contained value (a timeframe) is copied, so that each command gets its own.
	 */
	Command command(EditingDomain domain) {
		return new SetCommand(domain, owner, feature, value instanceof EObject object ? EcoreUtil.copy(object) : value);
	}
}
