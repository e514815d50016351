package org.mea.jwp.core.internal.validation;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.spi.IConstraint;
import org.mea.jwp.core.validation.spi.IConstraintContext;

/**
 * A constraint from a plug-in: created on first use and always run in {@link SafeRunner}. The
 * first failure (class missing, wrong type, exception while checking) is logged with the
 * contributing plug-in's name and switches the constraint off for the rest of the session.
 */
final class ContributedConstraint implements IConstraint {

	private final IConfigurationElement element;
	private final String id;
	private IConstraint delegate;
	private volatile boolean broken;

	ContributedConstraint(IConfigurationElement element, String id) {
		this.element = element;
		this.id = id;
	}

	boolean isBroken() {
		return broken;
	}

	@Override
	public void validate(EObject target, IConstraintContext context) {
		if (broken) {
			return;
		}
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() throws Exception {
				if (delegate == null) {
					delegate = (IConstraint) element.createExecutableExtension("class"); //$NON-NLS-1$
				}
				delegate.validate(target, context);
			}

			@Override
			public void handleException(Throwable e) {
				broken = true;
				ILog.of(ContributedConstraint.class).error("Constraint " + id + " contributed by " //$NON-NLS-1$ //$NON-NLS-2$
						+ element.getContributor().getName() + " failed and is switched off for this session", e); //$NON-NLS-1$
			}
		});
	}
}
