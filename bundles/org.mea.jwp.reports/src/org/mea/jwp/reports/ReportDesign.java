package org.mea.jwp.reports;

import java.io.OutputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.mea.jwp.core.registry.Contributed;
import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/**
 * A report design as contributed to {@code org.mea.jwp.reports.designs}: what the wizard and
 * {@code jwp report} show (id, name, description, category, formats, parameters), and rendering.
 * <p>
 * The design's data provider is created on first use. A provider that cannot be created or that
 * fails with anything but a {@link ReportException} is logged with the contributing plug-in's name
 * and the design is switched off for the rest of the session: a broken plug-in costs its own
 * report, never the workbench or the command line.
 */
public final class ReportDesign implements Contributed {

	private final String id;
	private final String name;
	private final String description;
	private final String category;
	private final String contributor;
	private final Set<ReportFormat> formats;
	private final List<ReportParameter> parameters;
	private final URL file;
	private final Supplier<IReportDataProvider> providerFactory;
	private IReportDataProvider provider;
	private volatile String brokenBecause;

	/**
	 * @param file the {@code .rptdesign}
	 * @param providerFactory creates the data provider; may throw (the design is then switched off)
	 */
	public ReportDesign(String id, String name, String description, String category, String contributor,
			Set<ReportFormat> formats, List<ReportParameter> parameters, URL file,
			Supplier<IReportDataProvider> providerFactory) {
		this.id = id;
		this.name = name;
		this.description = description == null ? "" : description; //$NON-NLS-1$
		this.category = category == null ? "Other" : category; //$NON-NLS-1$
		this.contributor = contributor;
		this.formats = Set.copyOf(formats);
		this.parameters = List.copyOf(parameters);
		this.file = file;
		this.providerFactory = providerFactory;
	}

	@Override
	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public String category() {
		return category;
	}

	/** The plug-in that contributed the design. */
	@Override
	public String contributor() {
		return contributor;
	}

	/** The formats the design is meant for, in {@link ReportFormat} order. */
	public List<ReportFormat> formats() {
		return List.of(ReportFormat.values()).stream().filter(formats::contains).toList();
	}

	public List<ReportParameter> parameters() {
		return parameters;
	}

	/** The declared parameter {@code name}, or null. */
	public ReportParameter parameter(String parameterName) {
		return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
	}

	/** Why the design was switched off, or null while it works. */
	public String brokenBecause() {
		return brokenBecause;
	}

	/**
	 * Checks {@code values} against the declared parameters and adds the defaults of those not
	 * given; the message of the exception names the first problem.
	 */
	public ReportArguments arguments(Map<String, String> values) {
		List<String> names = parameters.stream().map(ReportParameter::name).toList();
		for (String given : values.keySet()) {
			if (!names.contains(given)) {
				throw new IllegalArgumentException("the design \"" + id + "\" takes " //$NON-NLS-1$ //$NON-NLS-2$
						+ (names.isEmpty() ? "no parameters" : "only " + String.join(", ", names)) + ", not \"" + given //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$//$NON-NLS-4$
						+ "\""); //$NON-NLS-1$
			}
		}
		Map<String, String> checked = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (ReportParameter parameter : parameters) {
			String value = values.get(parameter.name());
			if (value == null || value.isBlank()) {
				value = parameter.defaultValue();
			}
			if (value == null || value.isBlank()) {
				if (parameter.required()) {
					missing.add(parameter.name());
				}
				continue;
			}
			String problem = parameter.check(value);
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
			checked.put(parameter.name(), value);
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("the design \"" + id + "\" needs " + String.join(", ", missing)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new ReportArguments(checked);
	}

	/**
	 * Renders the design for {@code programme} to {@code output}: {@link #prepare(Programme, Map)}
	 * and render.
	 */
	public void render(Programme programme, Map<String, String> values, ReportFormat format, OutputStream output)
			throws ReportException {
		prepare(programme, values).render(format, output);
	}

	/**
	 * Checks {@code values} and prepares the data, without rendering yet.
	 *
	 * @param values parameter values by name, as typed (checked with {@link #arguments(Map)})
	 * @throws IllegalArgumentException a value is wrong (unknown parameter, not a date…)
	 * @throws ReportException the programme does not have what the report needs (an unknown
	 *             meeting…), or the design is broken; the message says which
	 */
	public Prepared prepare(Programme programme, Map<String, String> values) throws ReportException {
		if (brokenBecause != null) {
			throw new ReportException(brokenBecause);
		}
		ReportArguments arguments = arguments(values);
		Map<String, Object> context = context(programme, arguments);
		return (format, output) -> ReportService.get().render(file, id, context, arguments.values(), format, output);
	}

	/**
	 * Checks the design without writing a report (see {@link ReportService#check}): BIRT's checks of
	 * the design, its parameters against those declared here, and a run on {@code programme}'s data.
	 *
	 * @param values parameter values by name, as for {@link #prepare(Programme, Map)}
	 * @return the problems found; none when the design is fine
	 * @throws IllegalArgumentException a value is wrong
	 * @throws ReportEngineException the engine cannot start, or a temporary file cannot be written
	 * @throws ReportException the data cannot be prepared (as for {@link #prepare(Programme, Map)})
	 */
	public List<DesignProblem> check(Programme programme, Map<String, String> values) throws ReportException {
		if (brokenBecause != null) {
			throw new ReportException(brokenBecause);
		}
		ReportArguments arguments = arguments(values);
		Set<String> declared = parameters.stream().map(ReportParameter::name).collect(Collectors.toSet());
		Map<String, Object> context = context(programme, arguments);
		try {
			return ReportService.get().check(file, declared, context, arguments.values());
		} catch (ReportEngineException e) {
			throw e;
		} catch (ReportException e) {
			throw new ReportEngineException(e.getMessage(), e);
		}
	}

	/** What the design's scripts read: the data under {@link ReportService#APP_CONTEXT_KEY}, and whether text runs right to left. */
	private Map<String, Object> context(Programme programme, ReportArguments arguments) throws ReportException {
		Object data = createData(programme, arguments);
		return Map.of(ReportService.APP_CONTEXT_KEY, data, ReportService.BIDI_TEXT_KEY, BidiText.in(programme));
	}

	/**
	 * Starts the report engine and reads this design in the background, while the caller reads
	 * the programme (see {@link ReportService#preload(URL)}); a broken design is reported by the
	 * render that follows.
	 */
	public void preload() {
		if (brokenBecause == null) {
			ReportService.preload(file);
		}
	}

	/** A design with its data, ready to render in any format. */
	@FunctionalInterface
	public interface Prepared {
		void render(ReportFormat format, OutputStream output) throws ReportException;
	}

	private Object createData(Programme programme, ReportArguments arguments) throws ReportException {
		try {
			synchronized (this) {
				if (provider == null) {
					provider = providerFactory.get();
				}
			}
			return provider.createData(programme, arguments);
		} catch (ReportException e) {
			throw e;
		} catch (RuntimeException | LinkageError e) {
			brokenBecause = "The report design \"" + name + "\" of plug-in " + contributor //$NON-NLS-1$ //$NON-NLS-2$
					+ " failed and is switched off for this session: " + e; //$NON-NLS-1$
			ILog.of(ReportDesign.class).error(brokenBecause, e);
			throw new ReportException(brokenBecause, e);
		}
	}

	@Override
	public String toString() {
		return id + " (" + name + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
