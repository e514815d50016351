package org.mea.jwp.core.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.mea.jwp.core.validation.ConstraintDescriptor;
import org.mea.jwp.core.validation.ConstraintPreferences;
import org.mea.jwp.model.JwpPackage;

/**
 * The constraints of JWP Workbench: the built-in ones, then those contributed to the extension
 * point {@code org.mea.jwp.core.constraints}. Read once, on first use. A contribution is created
 * only when it first runs; one that cannot be created or throws is logged and switched off (see
 * {@link ContributedConstraint}), so a broken plug-in never stops validation.
 */
public final class ConstraintRegistry {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.mea.jwp.core.constraints"; //$NON-NLS-1$

	private static volatile ConstraintRegistry instance;

	private final List<ConstraintDescriptor> constraints;

	ConstraintRegistry(List<ConstraintDescriptor> constraints) {
		this.constraints = List.copyOf(constraints);
	}

	/** The registry of this runtime (outside OSGi: the built-in constraints only). */
	public static ConstraintRegistry getDefault() {
		ConstraintRegistry registry = instance;
		if (registry == null) {
			synchronized (ConstraintRegistry.class) {
				registry = instance;
				if (registry == null) {
					List<ConstraintDescriptor> all = new ArrayList<>(builtins());
					if (Platform.isRunning()) {
						all.addAll(contributions(Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)));
					}
					instance = registry = new ConstraintRegistry(all);
				}
			}
		}
		return registry;
	}

	/** All constraints, built-in first. */
	public List<ConstraintDescriptor> getConstraints() {
		return constraints;
	}

	/**
	 * Constraints that run: all but those the user switched off ({@link ConstraintPreferences}) and
	 * contributions switched off after failing.
	 */
	public List<ConstraintDescriptor> getEnabledConstraints() {
		Set<String> disabled = ConstraintPreferences.disabled();
		return constraints.stream().filter(c -> !disabled.contains(c.id()))
				.filter(c -> !(c.constraint() instanceof ContributedConstraint contributed) || !contributed.isBroken())
				.toList();
	}

	/** The constraints that come with JWP Workbench. */
	public static List<ConstraintDescriptor> builtins() {
		JwpPackage p = JwpPackage.eINSTANCE;
		return List.of(
				new ConstraintDescriptor("org.mea.jwp.core.activity.code.unique", Messages.ConstraintRegistry_uniqueCodes, //$NON-NLS-1$
						Diagnostic.ERROR, p.getProgramme(), new UniqueActivityCodes()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.lead", Messages.ConstraintRegistry_lead, Diagnostic.ERROR, //$NON-NLS-1$
						p.getActivity(), new ActivityLeadRequired()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.timeframe.period", //$NON-NLS-1$
						Messages.ConstraintRegistry_timeframePeriod, Diagnostic.ERROR, p.getActivity(),
						new TimeframeWithinPeriod()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.species", Messages.ConstraintRegistry_species, //$NON-NLS-1$
						Diagnostic.WARNING, p.getActivity(), new SpeciesThemeNeedsSpecies()),
				new ConstraintDescriptor("org.mea.jwp.core.progress.period", Messages.ConstraintRegistry_progressPeriod, //$NON-NLS-1$
						Diagnostic.WARNING, p.getProgressEntry(), new ProgressWithinPeriod()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.overdue", Messages.ConstraintRegistry_overdue, Diagnostic.WARNING, //$NON-NLS-1$
						p.getActivity(), new OverdueActivity()),
				new ConstraintDescriptor("org.mea.jwp.core.taxon.conventions", Messages.ConstraintRegistry_conventions, //$NON-NLS-1$
						Diagnostic.INFO, p.getTaxon(), new ConventionsDiffer()));
	}

	/** Descriptors for the {@code constraint} elements; invalid declarations are logged and skipped. */
	static List<ConstraintDescriptor> contributions(IConfigurationElement[] elements) {
		List<ConstraintDescriptor> result = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String name = element.getAttribute("name"); //$NON-NLS-1$
			EClassifier target = JwpPackage.eINSTANCE.getEClassifier(String.valueOf(element.getAttribute("target"))); //$NON-NLS-1$
			Integer severity = severity(element.getAttribute("severity")); //$NON-NLS-1$
			if (id == null || element.getAttribute("class") == null || !(target instanceof EClass) || severity == null) { //$NON-NLS-1$
				ILog.of(ConstraintRegistry.class).error("Ignored constraint " + id + " of " + contributor //$NON-NLS-1$ //$NON-NLS-2$
						+ ": it needs an id, a class, a target naming a JWP model type (e.g. Activity) and a severity of" //$NON-NLS-1$
						+ " error, warning or info; target was \"" + element.getAttribute("target") + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			result.add(new ConstraintDescriptor(id, name == null ? id : name, severity, (EClass) target,
					new ContributedConstraint(element, id)));
		}
		return result;
	}

	private static Integer severity(String value) {
		return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) { //$NON-NLS-1$
		case "error" -> Diagnostic.ERROR; //$NON-NLS-1$
		case "warning" -> Diagnostic.WARNING; //$NON-NLS-1$
		case "info" -> Diagnostic.INFO; //$NON-NLS-1$
		default -> null;
		};
	}
}
