package org.mea.jwp.reports;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.mea.jwp.core.registry.ContributionRegistry;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ProgrammeReportData;
import org.osgi.framework.Bundle;

/**
 * The report designs of this runtime: those contributed to {@code org.mea.jwp.reports.designs}
 * (JWP Workbench's own four among them), read once on first use. A contribution that cannot be
 * used (no id, no file, a file that is not in its plug-in, an unknown format or parameter type, an
 * id taken already) is logged with the contributing plug-in's name and left out; see
 * {@link #problems()}.
 */
public final class ReportDesigns implements ContributionRegistry<ReportDesign> {

	/** The extension point. */
	public static final String EXTENSION_POINT = "org.mea.jwp.reports.designs"; //$NON-NLS-1$
	private static final String OWN_BUNDLE = "org.mea.jwp.reports"; //$NON-NLS-1$

	private static ReportDesigns instance;

	private final Map<String, ReportDesign> designs = new LinkedHashMap<>();
	private final List<RegistryProblem> problems = new ArrayList<>();

	/** The registry of this runtime. */
	public static synchronized ReportDesigns get() {
		if (instance == null) {
			instance = new ReportDesigns(Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT));
		}
		return instance;
	}

	ReportDesigns(IConfigurationElement[] elements) {
		List<ReportDesign> read = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			try {
				read.add(design(element));
			} catch (IllegalArgumentException | IllegalStateException e) {
				RegistryProblem problem = new RegistryProblem(EXTENSION_POINT, element.getAttribute("id"), //$NON-NLS-1$
						ContributionRegistry.nameOf(element.getContributor()), e.getMessage());
				problems.add(problem);
				ILog.of(ReportDesigns.class).error("Ignored " + problem.message()); //$NON-NLS-1$
			}
		}
		// JWP Workbench's own designs first, then by category and name
		read.sort(Comparator.comparing((ReportDesign d) -> !OWN_BUNDLE.equals(d.contributor()))
				.thenComparing(d -> OWN_BUNDLE.equals(d.contributor()) ? "" : d.category()) //$NON-NLS-1$
				.thenComparing(d -> OWN_BUNDLE.equals(d.contributor()) ? "" : d.name())); //$NON-NLS-1$
		for (ReportDesign design : read) {
			ReportDesign taken = designs.putIfAbsent(design.id(), design);
			if (taken != null) {
				RegistryProblem problem = new RegistryProblem(EXTENSION_POINT, design.id(), design.contributor(),
						"the id is taken by " + taken.contributor()); //$NON-NLS-1$
				problems.add(problem);
				ILog.of(ReportDesigns.class).error("Ignored " + problem.message()); //$NON-NLS-1$
			}
		}
	}

	/** The designs that work, JWP Workbench's own first. */
	@Override
	public List<ReportDesign> contributions() {
		return designs.values().stream().filter(d -> d.brokenBecause() == null).toList();
	}

	/** The design with {@code id}, unless there is none or it has been switched off. */
	@Override
	public Optional<ReportDesign> find(String id) {
		return Optional.ofNullable(designs.get(id)).filter(d -> d.brokenBecause() == null);
	}

	/** The design with {@code id}; the exception's message lists the designs there are. */
	public ReportDesign require(String id) {
		ReportDesign design = designs.get(id);
		if (design != null && design.brokenBecause() != null) {
			throw new IllegalArgumentException(design.brokenBecause());
		}
		if (design == null) {
			throw new IllegalArgumentException("unknown design \"" + id + "\"; designs: " //$NON-NLS-1$ //$NON-NLS-2$
					+ String.join(", ", contributions().stream().map(ReportDesign::id).toList())); //$NON-NLS-1$
		}
		return design;
	}

	/** Contributions left out, then designs switched off since. */
	@Override
	public List<RegistryProblem> problems() {
		List<RegistryProblem> all = new ArrayList<>(problems);
		designs.values().stream().filter(d -> d.brokenBecause() != null)
				.forEach(
						d -> all.add(new RegistryProblem(EXTENSION_POINT, d.id(), d.contributor(), d.brokenBecause())));
		return List.copyOf(all);
	}

	private static ReportDesign design(IConfigurationElement element) {
		String contributor = ContributionRegistry.nameOf(element.getContributor());
		String id = required(element, "id"); //$NON-NLS-1$
		String name = required(element, "name"); //$NON-NLS-1$
		String file = required(element, "file"); //$NON-NLS-1$
		// the host bundle; FileLocator also looks into its fragments, which may contribute too
		Bundle bundle = Platform.getBundle(element.getContributor().getName());
		URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(file));
		if (url == null) {
			throw new IllegalArgumentException("its file " + file + " is not in the plug-in"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Set<ReportFormat> formats = EnumSet.allOf(ReportFormat.class);
		String declared = element.getAttribute("formats"); //$NON-NLS-1$
		if (declared != null && !declared.isBlank()) {
			formats.clear();
			for (String format : declared.split("[,\\s]+")) { //$NON-NLS-1$
				formats.add(ReportFormat.parse(format));
			}
		}
		List<ReportParameter> parameters = new ArrayList<>();
		for (IConfigurationElement parameter : element.getChildren("parameter")) { //$NON-NLS-1$
			String parameterName = required(parameter, "name"); //$NON-NLS-1$
			String type = parameter.getAttribute("type"); //$NON-NLS-1$
			ReportParameter.Type parsed;
			try {
				parsed = type == null ? ReportParameter.Type.TEXT : ReportParameter.Type.parse(type);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("parameter " + parameterName + " has the unknown type \"" + type //$NON-NLS-1$ //$NON-NLS-2$
						+ "\"; types: " + ReportParameter.Type.names(), e); //$NON-NLS-1$
			}
			String label = parameter.getAttribute("label"); //$NON-NLS-1$
			parameters.add(new ReportParameter(parameterName, label == null ? parameterName : label, parsed,
					Boolean.parseBoolean(parameter.getAttribute("required")), parameter.getAttribute("default"), //$NON-NLS-1$ //$NON-NLS-2$
					parameter.getAttribute("description"))); //$NON-NLS-1$
		}
		Supplier<IReportDataProvider> provider = element.getAttribute("class") == null //$NON-NLS-1$
				? () -> ProgrammeReportData::new
				: () -> create(element);
		return new ReportDesign(id, name, element.getAttribute("description"), element.getAttribute("category"), //$NON-NLS-1$ //$NON-NLS-2$
				contributor, formats, parameters, url, provider);
	}

	/** The contribution's provider; what goes wrong becomes an unchecked exception that switches the design off. */
	private static IReportDataProvider create(IConfigurationElement element) {
		try {
			Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
			if (!(created instanceof IReportDataProvider provider)) {
				throw new IllegalStateException(created.getClass().getName() + " is not an IReportDataProvider"); //$NON-NLS-1$
			}
			return provider;
		} catch (CoreException e) {
			throw new IllegalStateException("its class cannot be created: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("the attribute \"" + attribute + "\" is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value.strip();
	}
}
