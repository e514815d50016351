package org.mea.jwp.core.internal.validation;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.registry.ContributionRegistry;
import org.mea.jwp.core.registry.RegistryProblem;
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
	private final String contributor;
	private IConstraint delegate;
	private volatile RegistryProblem failure;

	ContributedConstraint(IConfigurationElement element, String id) {
		this.element = element;
		this.id = id;
		this.contributor = ContributionRegistry.nameOf(element.getContributor());
	}

	/** The plug-in or fragment that declared the constraint. */
	String contributor() {
		return contributor;
	}

	boolean isBroken() {
		return failure != null;
	}

	/** Why the constraint was switched off, or null while it works. */
	RegistryProblem failure() {
		return failure;
	}

	@Override
	public void validate(EObject target, IConstraintContext context) {
		if (failure != null) {
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
				failure = new RegistryProblem(ConstraintRegistry.EXTENSION_POINT, id, contributor,
						"failed and is switched off for this session: " + e); //$NON-NLS-1$
				ILog.of(ContributedConstraint.class).error("Constraint " + id + " contributed by " //$NON-NLS-1$ //$NON-NLS-2$
						+ contributor + " failed and is switched off for this session", e); //$NON-NLS-1$
			}
		});
	}
}
