package org.mea.jwp.core.internal.validation;

import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.core.registry.ContributionRegistry;
import java.util.Objects;
import java.util.HashSet;
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
public final class ConstraintRegistry implements ContributionRegistry<ConstraintDescriptor> {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.mea.jwp.core.constraints"; //$NON-NLS-1$

	private static volatile ConstraintRegistry instance;

	private final List<ConstraintDescriptor> constraints;
	private final List<RegistryProblem> declarationProblems;

	ConstraintRegistry(List<ConstraintDescriptor> constraints) {
		this(constraints, List.of());
	}

	private ConstraintRegistry(List<ConstraintDescriptor> constraints, List<RegistryProblem> declarationProblems) {
		this.constraints = List.copyOf(constraints);
		this.declarationProblems = List.copyOf(declarationProblems);
	}

	/** The built-in constraints, then those of {@code elements}; for tests, which pass their fragment's. */
	static ConstraintRegistry of(IConfigurationElement[] elements) {
		List<ConstraintDescriptor> all = new ArrayList<>(builtins());
		List<RegistryProblem> problems = new ArrayList<>();
		all.addAll(read(elements, problems));
		return new ConstraintRegistry(all, problems);
	}

	/** The registry of this runtime (outside OSGi: the built-in constraints only). */
	public static ConstraintRegistry getDefault() {
		ConstraintRegistry registry = instance;
		if (registry == null) {
			synchronized (ConstraintRegistry.class) {
				registry = instance;
				if (registry == null) {
					instance = registry = of(Platform.isRunning()
							? Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)
							: new IConfigurationElement[0]);
				}
			}
		}
		return registry;
	}

	/**
	 * The constraints that can run, built-in first: all but contributions switched off after failing
	 * (those the user switched off are listed; see {@link #getEnabledConstraints()}).
	 */
	@Override
	public List<ConstraintDescriptor> contributions() {
		return constraints.stream().filter(c -> !isBroken(c)).toList();
	}

	/** Declarations left out, then contributions switched off this session after failing. */
	@Override
	public List<RegistryProblem> problems() {
		List<RegistryProblem> all = new ArrayList<>(declarationProblems);
		constraints.stream().map(ConstraintDescriptor::constraint).filter(ContributedConstraint.class::isInstance)
				.map(c -> ((ContributedConstraint) c).failure()).filter(Objects::nonNull).forEach(all::add);
		return List.copyOf(all);
	}

	private static boolean isBroken(ConstraintDescriptor descriptor) {
		return descriptor.constraint() instanceof ContributedConstraint contributed && contributed.isBroken();
	}

	/**
	 * Constraints that run: all but those the user switched off ({@link ConstraintPreferences}) and
	 * contributions switched off after failing.
	 */
	public List<ConstraintDescriptor> getEnabledConstraints() {
		Set<String> disabled = ConstraintPreferences.disabled();
		return contributions().stream().filter(c -> !disabled.contains(c.id())).toList();
	}

	/** The constraints that come with JWP Workbench. */
	public static List<ConstraintDescriptor> builtins() {
		JwpPackage p = JwpPackage.eINSTANCE;
		return List.of(
				new ConstraintDescriptor("org.mea.jwp.core.activity.code.unique", //$NON-NLS-1$
						Messages.ConstraintRegistry_uniqueCodes,
						Diagnostic.ERROR, p.getProgramme(), new UniqueActivityCodes()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.lead", Messages.ConstraintRegistry_lead, //$NON-NLS-1$
						Diagnostic.ERROR,
						p.getActivity(), new ActivityLeadRequired()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.timeframe.period", //$NON-NLS-1$
						Messages.ConstraintRegistry_timeframePeriod, Diagnostic.ERROR, p.getActivity(),
						new TimeframeWithinPeriod()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.species", Messages.ConstraintRegistry_species, //$NON-NLS-1$
						Diagnostic.WARNING, p.getActivity(), new SpeciesThemeNeedsSpecies()),
				new ConstraintDescriptor("org.mea.jwp.core.progress.period", Messages.ConstraintRegistry_progressPeriod, //$NON-NLS-1$
						Diagnostic.WARNING, p.getProgressEntry(), new ProgressWithinPeriod()),
				new ConstraintDescriptor("org.mea.jwp.core.activity.overdue", Messages.ConstraintRegistry_overdue, //$NON-NLS-1$
						Diagnostic.WARNING,
						p.getActivity(), new OverdueActivity()),
				new ConstraintDescriptor("org.mea.jwp.core.taxon.conventions", Messages.ConstraintRegistry_conventions, //$NON-NLS-1$
						Diagnostic.INFO, p.getTaxon(), new ConventionsDiffer()));
	}

	/**
	 * Descriptors for the {@code constraint} elements; invalid declarations (and a second one of an
	 * id) are logged, added to {@code problems} and skipped.
	 */
	static List<ConstraintDescriptor> read(IConfigurationElement[] elements, List<RegistryProblem> problems) {
		List<ConstraintDescriptor> result = new ArrayList<>();
		Set<String> ids = new HashSet<>(builtins().stream().map(ConstraintDescriptor::id).toList());
		for (IConfigurationElement element : elements) {
			String contributor = ContributionRegistry.nameOf(element.getContributor());
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String name = element.getAttribute("name"); //$NON-NLS-1$
			EClassifier target = JwpPackage.eINSTANCE.getEClassifier(String.valueOf(element.getAttribute("target"))); //$NON-NLS-1$
			Integer severity = severity(element.getAttribute("severity")); //$NON-NLS-1$
			String reason = null;
			if (id == null || element.getAttribute("class") == null || !(target instanceof EClass) //$NON-NLS-1$
					|| severity == null) {
				reason = "it needs an id, a class, a target naming a JWP model type (e.g. Activity) and a severity of" //$NON-NLS-1$
						+ " error, warning or info; target was \"" + element.getAttribute("target") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (!ids.add(id)) {
				reason = "the id is already declared"; //$NON-NLS-1$
			}
			if (reason != null) {
				RegistryProblem problem = new RegistryProblem(EXTENSION_POINT, id, contributor, reason);
				problems.add(problem);
				ILog.of(ConstraintRegistry.class).error("Ignored " + problem.message()); //$NON-NLS-1$
				continue;
			}
			result.add(new ConstraintDescriptor(id, name == null ? id : name, severity, (EClass) target,
					new ContributedConstraint(element, id), contributor));
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
