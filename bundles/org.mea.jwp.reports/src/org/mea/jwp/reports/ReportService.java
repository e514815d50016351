package org.mea.jwp.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IGetParameterDefinitionTask;
import org.eclipse.birt.report.engine.api.IPDFRenderOption;
import org.eclipse.birt.report.engine.api.IParameterDefnBase;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.IRunTask;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.model.api.IModuleOption;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.eclipse.birt.report.model.api.ParameterHandle;
import org.mea.jwp.core.persistence.Folders;
import org.mea.jwp.reports.internal.DesignLibraries;

/**
 * Renders the report designs of JWP Workbench with the BIRT engine running inside the product's
 * own OSGi runtime (no second platform is started). The engine is created once, on first use, and
 * shared; renders are serialised because the engine's design cache is shared too.
 */
public final class ReportService {

	/** The key under which a design's scripts find their data: {@code reportContext.getAppContext().get("jwp")}. */
	public static final String APP_CONTEXT_KEY = "jwp"; //$NON-NLS-1$

	/**
	 * Application context key: {@code Boolean.FALSE} when no text of the report is written right to
	 * left (see {@link BidiText}), so that the PDF layout can skip its bidirectional processing.
	 */
	static final String BIDI_TEXT_KEY = "jwp.bidiText"; //$NON-NLS-1$

	private static ReportService instance;

	private final IReportEngine engine;

	private final Map<String, IReportRunnable> designs = new ConcurrentHashMap<>();

	private ReportService(IReportEngine engine) {
		this.engine = engine;
	}

	/** The shared service; the first call starts the engine (about a second). */
	public static synchronized ReportService get() throws ReportException {
		if (instance == null) {
			instance = new ReportService(startEngine());
		}
		return instance;
	}

	private static IReportEngine startEngine() throws ReportException {
		try {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, Level.WARNING);
			// BIRT's warnings and errors, stack traces and all, to the log rather than stderr
			config.setLogger(BirtLog.logger());
			// the class loader of designs' Java event handlers (spi.RowsDataSet); BIRT's default, its
			// own bundle's, does not see this bundle. Only the engine's configuration may set it.
			config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY,
					ReportService.class.getClassLoader());
			// fonts: the DejaVu families the designs use, embedded in PDFs (see fonts/fontsConfig.xml)
			URL fonts = ReportService.class.getResource("/fonts/fontsConfig.xml"); //$NON-NLS-1$
			if (fonts != null) {
				config.setFontConfig(fonts);
			}
			// designs of any bundle, or read from a stream, find this bundle's committee.rptlibrary
			config.setResourceLocator(new DesignLibraries());
			// inside OSGi, org.eclipse.birt.core's activator has registered the platform already:
			// startup is then a no-op and the factory comes from the extension registry
			Platform.startup(config);
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new ReportException("The BIRT report engine is not installed (no engine factory)"); //$NON-NLS-1$
			}
			return factory.createReportEngine(config);
		} catch (BirtException e) {
			throw new ReportException("The BIRT report engine could not start: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * Starts the engine and reads {@code design} in a background thread, so that both are ready
	 * when the caller, who has other work first (reading the programme), renders it: on a
	 * machine with two cores that takes a second off a short {@code jwp report}.
	 */
	public static void preload(URL design) {
		Thread loader = new Thread(() -> {
			try {
				get().runnable(design);
			} catch (ReportException | RuntimeException | LinkageError e) {
				// the render that follows meets the same problem and reports it. And when the caller
				// failed first (a broken programme), the platform may be stopping under this thread:
				// whatever that breaks here is of no interest and must not reach stderr as a stack trace.
			}
		}, "JWP report preload"); //$NON-NLS-1$
		loader.setDaemon(true);
		loader.start();
	}

	/**
	 * The design at {@code url}, read once: designs live in bundles and do not change while the
	 * workbench runs, and BIRT lets one design serve any number of tasks.
	 */
	IReportRunnable runnable(URL url) throws ReportException {
		try {
			return designs.computeIfAbsent(url.toExternalForm(), key -> {
				try (InputStream design = url.openStream()) {
					return open(key, design);
				} catch (IOException | BirtException e) {
					throw new DesignNotReadable(e);
				}
			});
		} catch (DesignNotReadable e) {
			throw unreadable(url.toExternalForm(), e.getCause());
		}
	}

	/**
	 * Reads a design with the line of each element, so that a problem can name it: BIRT counts lines
	 * only when asked to. (The engine adds its own options to the map, the libraries' locator
	 * configured above among them.)
	 */
	private IReportRunnable open(String name, InputStream design) throws EngineException {
		Map<String, Object> options = new HashMap<>();
		options.put(IModuleOption.MARK_LINE_NUMBER_KEY, Boolean.TRUE);
		return engine.openReportDesign(name, design, options);
	}

	/** A design that BIRT cannot read: its problems with their lines when BIRT lists them (XML, unknown elements). */
	private static ReportException unreadable(String design, Throwable cause) {
		List<DesignProblem> problems = DesignProblems.ofUnreadable(cause);
		if (!problems.isEmpty()) {
			return new ReportDesignException(design, problems, cause);
		}
		return new ReportException("The design " + design + " cannot be read: " + cause.getMessage(), cause); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Carries a checked exception out of {@link Map#computeIfAbsent}. */
	private static final class DesignNotReadable extends RuntimeException {
		private static final long serialVersionUID = 1L;

		DesignNotReadable(Exception cause) {
			super(cause);
		}
	}

	/**
	 * Renders the design at {@code design} (read once, see {@link #runnable(URL)}) to
	 * {@code output} in {@code format}; otherwise as {@link #render(InputStream, String, Map, Map, ReportFormat, OutputStream)}.
	 */
	public void render(URL design, String name, Map<String, Object> appContext, Map<String, ?> parameters,
			ReportFormat format, OutputStream output) throws ReportException {
		IReportRunnable runnable = runnable(design);
		synchronized (this) {
			run(runnable, name, appContext, parameters, format, output);
		}
	}

	/**
	 * Renders {@code design} (a {@code .rptdesign}) to {@code output} in {@code format}.
	 *
	 * @param name the design's name, for messages
	 * @param appContext objects the design's scripts read (its data under {@link #APP_CONTEXT_KEY})
	 * @param parameters values for the design's own (BIRT) parameters, by name; values for names the
	 *            design does not define are not passed on
	 */
	public synchronized void render(InputStream design, String name, Map<String, Object> appContext,
			Map<String, ?> parameters, ReportFormat format, OutputStream output) throws ReportException {
		IReportRunnable runnable;
		try {
			runnable = open(name, design);
		} catch (BirtException e) {
			throw unreadable(name, e);
		}
		run(runnable, name, appContext, parameters, format, output);
	}

	private void run(IReportRunnable runnable, String name, Map<String, Object> appContext, Map<String, ?> parameters,
			ReportFormat format, OutputStream output) throws ReportException {
		IRunAndRenderTask task = null;
		// DOCX, ODT and HTML are mended (DocxRepair, OdtRepair, HtmlRepair) and XLSX completed
		// (XlsxLayout) after BIRT wrote them, so they go to a buffer first
		ByteArrayOutputStream buffer = format == ReportFormat.DOCX || format == ReportFormat.ODT
				|| format == ReportFormat.XLSX || format == ReportFormat.HTML ? new ByteArrayOutputStream() : null;
		try {
			task = engine.createRunAndRenderTask(runnable);
			task.setAppContext(new HashMap<>(appContext));
			task.setParameterValues(ownParameters(runnable, parameters));
			task.setRenderOption(renderOption(format, buffer != null ? buffer : output,
					!Boolean.FALSE.equals(appContext.get(BIDI_TEXT_KEY))));
			task.run();
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				throw new ReportDesignException(name, DesignProblems.ofTask(design(runnable), errors),
						(Throwable) errors.get(0));
			}
			if (format == ReportFormat.DOCX) {
				DocxRepair.copyMended(buffer.toByteArray(), output);
			} else if (format == ReportFormat.ODT) {
				OdtRepair.copyMended(buffer.toByteArray(), output);
			} else if (format == ReportFormat.XLSX) {
				XlsxLayout.copyCompleted(buffer.toByteArray(), output);
			} else if (format == ReportFormat.HTML) {
				HtmlRepair.copyMended(buffer.toByteArray(), output, language(appContext.get(APP_CONTEXT_KEY)));
			}
		} catch (BirtException e) {
			throw new ReportException("The report \"" + name + "\" could not be produced: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new ReportException("The report \"" + name + "\" could not be written: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			if (task != null) {
				task.close();
			}
		}
	}

	/**
	 * Checks the design at {@code design} without writing a report: BIRT's checks of the design
	 * model (references, property values), the design's required parameters against those its
	 * contribution declares (a value can be given only for those), then a run of the design on
	 * {@code appContext}'s data into a report document that is thrown away, which finds what only
	 * running shows: column bindings to columns the data set does not have, failing scripts.
	 *
	 * @param declared the parameters the design's contribution declares
	 * @return the problems found, each once; none when the design is fine
	 * @throws ReportException the engine cannot start, or a temporary file cannot be written
	 */
	public List<DesignProblem> check(URL design, Set<String> declared, Map<String, Object> appContext,
			Map<String, ?> parameters) throws ReportException {
		IReportRunnable runnable;
		try {
			runnable = runnable(design);
		} catch (ReportDesignException e) {
			return e.problems();
		}
		synchronized (this) {
			Set<DesignProblem> problems = new LinkedHashSet<>(DesignProblems.ofModel(design(runnable)));
			problems.addAll(undeclaredParameters(runnable, declared));
			problems.addAll(runWithoutRendering(runnable, appContext, parameters));
			return List.copyOf(problems);
		}
	}

	/** Parameters of the design that a render must be given but cannot: required, no default, not declared. */
	private List<DesignProblem> undeclaredParameters(IReportRunnable runnable, Set<String> declared) {
		List<DesignProblem> problems = new ArrayList<>();
		IGetParameterDefinitionTask definitions = engine.createGetParameterDefinitionTask(runnable);
		try {
			for (Object definition : definitions.getParameterDefns(false)) {
				if (definition instanceof IScalarParameterDefn parameter && parameter.isRequired()
						&& parameter.getDefaultValue() == null && !declared.contains(parameter.getName())) {
					ModuleHandle handle = design(runnable);
					ParameterHandle found = handle.findParameter(parameter.getName());
					problems.add(new DesignProblem(
							found == null ? null : DesignProblems.element(handle, found.getID(), 0),
							"the parameter \"" + parameter.getName() //$NON-NLS-1$
									+ "\" is required and has no default, but the design's contribution does not declare it," //$NON-NLS-1$
									+ " so no value can be given")); //$NON-NLS-1$
				}
			}
		} finally {
			definitions.close();
		}
		return problems;
	}

	/** Runs {@code runnable} into a report document in a temporary folder, removed after; BIRT's errors of the run. */
	private List<DesignProblem> runWithoutRendering(IReportRunnable runnable, Map<String, Object> appContext,
			Map<String, ?> parameters) throws ReportException {
		Path folder;
		try {
			folder = Files.createTempDirectory("jwp-check"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new ReportException("No temporary folder to check the design in: " + e.getMessage(), e); //$NON-NLS-1$
		}
		IRunTask task = engine.createRunTask(runnable);
		try {
			task.setAppContext(new HashMap<>(appContext));
			task.setParameterValues(ownParameters(runnable, parameters));
			task.run(folder.resolve("check.rptdocument").toString()); //$NON-NLS-1$
			return DesignProblems.ofTask(design(runnable), task.getErrors());
		} catch (BirtException e) {
			// the run itself failed (a data source that cannot open): the design's problem too
			return List.of(new DesignProblem(null, DesignProblems.reason(e)));
		} finally {
			task.close();
			deleteTree(folder);
		}
	}

	private static void deleteTree(Path folder) {
		try {
			Folders.deleteTree(folder);
		} catch (IOException e) {
			// a report document left in the temporary folder, which the system cleans
		}
	}

	private static ModuleHandle design(IReportRunnable runnable) {
		return (ModuleHandle) runnable.getDesignHandle();
	}

	/** The values of {@code parameters} that {@code runnable} defines as parameters. */
	private Map<String, Object> ownParameters(IReportRunnable runnable, Map<String, ?> parameters) {
		Map<String, Object> own = new HashMap<>();
		if (parameters.isEmpty()) {
			return own;
		}
		IGetParameterDefinitionTask definitions = engine.createGetParameterDefinitionTask(runnable);
		try {
			for (Object definition : definitions.getParameterDefns(false)) {
				String parameter = ((IParameterDefnBase) definition).getName();
				if (parameters.containsKey(parameter)) {
					own.put(parameter, parameters.get(parameter));
				}
			}
		} finally {
			definitions.close();
		}
		return own;
	}

	/**
	 * Renders a design of this bundle ({@code /designs/<name>.rptdesign}) whose scripts read
	 * {@code data} under {@link #APP_CONTEXT_KEY}.
	 */
	void renderDesign(String name, Object data, ReportFormat format, OutputStream output) throws ReportException {
		render(ownDesign(name), name, Map.of(APP_CONTEXT_KEY, data), Map.of(), format, output);
	}

	/** {@code /designs/<name>.rptdesign} of this bundle. */
	static URL ownDesign(String name) throws ReportException {
		String path = "/designs/" + name + ".rptdesign"; //$NON-NLS-1$ //$NON-NLS-2$
		URL design = ReportService.class.getResource(path);
		if (design == null) {
			throw new ReportException("The design " + path + " is missing from the reports bundle"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return design;
	}

	/**
	 * The language the design's data writes in ("fr"), for the HTML's {@code lang}: the data objects
	 * of the designs (and a plug-in's, if it likes) answer {@code language()}; "en" otherwise.
	 */
	static String language(Object data) {
		if (data != null) {
			try {
				if (data.getClass().getMethod("language").invoke(data) instanceof String language //$NON-NLS-1$
						&& language.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) { //$NON-NLS-1$
					return language;
				}
			} catch (ReflectiveOperationException | RuntimeException e) {
				// no language() to ask: the default
			}
		}
		return "en"; //$NON-NLS-1$
	}

	private static IRenderOption renderOption(ReportFormat format, OutputStream output, boolean bidiText) {
		RenderOption option;
		switch (format) {
		case PDF -> {
			PDFRenderOption pdf = new PDFRenderOption();
			pdf.setEmbededFont(true);
			if (!bidiText) {
				pdf.setOption(IPDFRenderOption.PDF_BIDI_PROCESSING, Boolean.FALSE);
			}
			option = pdf;
		}
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			html.setImageHandler(new InlineImageHandler());
			option = html;
		}
		default -> {
			option = new RenderOption();
			// charts go into DOCX, ODT and XLSX as pictures, drawn at 96 dpi unless told (blurred when
			// printed); 192 is the DOCX emitter's own default in the designer
			option.setOption(IRenderOption.CHART_DPI, Integer.valueOf(192));
		}
		}
		option.setOutputFormat(format.emitterFormat());
		option.setOutputStream(output);
		return option;
	}
}
