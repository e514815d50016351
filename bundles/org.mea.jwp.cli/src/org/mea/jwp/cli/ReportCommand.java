package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.reports.DesignProblem;
import org.mea.jwp.reports.ReportDesign;
import org.mea.jwp.reports.ReportDesignException;
import org.mea.jwp.reports.ReportDesigns;
import org.mea.jwp.reports.ReportEngineException;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.ReportFormat;
import org.mea.jwp.reports.ReportParameter;

/**
 * {@code jwp report}: renders a report design from a programme file (or the embedded programme)
 * without the workbench. Arguments are checked before anything is read; every failure is one
 * line on stderr naming what is wrong, with its own exit code; the output file is written
 * completely or not at all (a temporary file next to it is moved into place).
 */
public final class ReportCommand {

	/** Exit code of a report that failed while rendering; the others are {@link ExitCodes}. */
	public static final int RENDER_FAILED = 4;
	/**
	 * Exit code of a design with errors: BIRT named an element of it (a column binding to a column
	 * the data set does not have, a script that fails), or {@code --check} found problems.
	 */
	public static final int DESIGN_BROKEN = 6;

	static final String USAGE_TEXT = """
			Usage: jwp report (--model FILE | --default) --design ID --format FORMAT --out FILE [--param NAME=VALUE]...
			       jwp report --check ID [--model FILE | --default] [--param NAME=VALUE]...
			       jwp report --list

			  --model FILE     the programme (.jwp) to report on
			  --default        the embedded CMS-CITES Joint Work Programme 2012-2014
			  --design ID      a report design: progress, final, status, species, calendar, or one a plug-in adds
			  --format FORMAT  pdf, html, docx, odt or xlsx (Excel)
			  --out FILE       where to write the report (replaced if it exists)
			  --param NAME=VALUE  a parameter the design declares, e.g. for the progress report:
			      cycle=CYCLE                  a reporting cycle, by id or by meeting: cycle-sc65, SC65 or sc65
			                                   (committee, meeting, symbol and date then come from it)
			      committee=ID                 a committee's body id, e.g. body-cms-stc, or CITES_SC, CMS_STC
			                                   (default: the programme's first Standing Committee)
			      meeting=ID                   a meeting id of the programme (default: the committee's latest)
			      symbol=TEXT                  document symbol (default: the committee's pattern, e.g. "SC65 Doc. 14.3")
			      reportingDate=YYYY-MM-DD     (default: the meeting's first day, else the programme's last day)
			  --check ID       check a design without writing a report: BIRT's checks of the design, its
			                   parameters, and a run on the programme's data (default: the embedded one) that
			                   finds bindings to columns the data set does not have; prints "design ID: OK"
			                   or one line per problem, naming the element
			  --list           the designs there are, with their formats and parameters
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 4 report failed, 5 output not writable,
			6 the design has errors (the element named; --check: problems found),
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final CommandLine line;

	public ReportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.line = new CommandLine("report", USAGE_TEXT, out, err).flags("--list", "--default") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.values("--model", "--design", "--format", "--out", "--check").repeatable("--param"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		if (arguments.has("--list")) { //$NON-NLS-1$
			list();
			return ExitCodes.OK;
		}
		if (arguments.has("--check")) { //$NON-NLS-1$
			return check(arguments);
		}
		ModelArgument model = ModelArgument.of(arguments);
		if (model.problem() != null) {
			return line.usage(model.problem());
		}
		String design = arguments.value("--design"); //$NON-NLS-1$
		if (design == null) {
			return line.usage("--design is missing"); //$NON-NLS-1$
		}
		if (!arguments.has("--format")) { //$NON-NLS-1$
			return line.usage("--format is missing"); //$NON-NLS-1$
		}
		ReportFormat format;
		try {
			format = ReportFormat.parse(arguments.value("--format")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			return line.usage(e.getMessage());
		}
		Path output = model.output(line, arguments);
		if (output == null) {
			return ExitCodes.USAGE;
		}
		Chosen chosenWith = choose(design, arguments);
		if (chosenWith == null) {
			return ExitCodes.USAGE;
		}
		ReportDesign chosen = chosenWith.design();
		Map<String, String> params = chosenWith.params();
		if (!chosen.formats().contains(format)) {
			return line.usage("the design \"" + design + "\" is made for " + chosen.formats() + ", not " + format); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		// the engine starts and reads the design on the other core while the programme is read
		chosen.preload();
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		ReportDesign.Prepared report;
		try {
			report = chosen.prepare(ProgrammeStore.programme(resource), params);
		} catch (ReportException e) {
			return line.fail(ExitCodes.BAD_MODEL, e.getMessage());
		}
		Path target = output.toAbsolutePath();
		return OutputFile.write(line, target, stream -> report.render(format, stream), this::failed,
				() -> "wrote " + target); //$NON-NLS-1$
	}

	/**
	 * The exit code of a render that failed. A design's errors are one line on stderr, naming the
	 * element; BIRT's stack trace goes to the log, for whoever mends the design.
	 */
	private int failed(Exception failure) {
		if (failure instanceof ReportDesignException) {
			ILog.of(ReportCommand.class).error("jwp report: " + failure.getMessage(), failure.getCause()); //$NON-NLS-1$
			return DESIGN_BROKEN;
		}
		return RENDER_FAILED;
	}

	/** The {@code --param NAME=VALUE}s by name; {@code null} after the usage when one is not NAME=VALUE. */
	private Map<String, String> params(CommandLine.Arguments arguments) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String param : arguments.values("--param")) { //$NON-NLS-1$
			int equals = param.indexOf('=');
			if (equals <= 0) {
				line.usage("--param takes NAME=VALUE, not \"" + param + "\""); //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			}
			params.put(param.substring(0, equals), param.substring(equals + 1));
		}
		return params;
	}

	/**
	 * {@code --check ID}: the design's problems on stdout, one line each ("design ID: element:
	 * reason"), or "design ID: OK". It runs on the programme given, else on the embedded one: any
	 * programme shows a binding to a column that does not exist.
	 */
	private int check(CommandLine.Arguments arguments) {
		String id = arguments.value("--check"); //$NON-NLS-1$
		for (String option : List.of("--design", "--format", "--out")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (arguments.has(option)) {
				return line.usage("--check writes no report: " + option + " is not for it"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		boolean named = arguments.has("--model") || arguments.has("--default"); //$NON-NLS-1$ //$NON-NLS-2$
		ModelArgument model = ModelArgument.of(arguments);
		if (named && model.problem() != null) {
			return line.usage(model.problem());
		}
		Chosen chosen = choose(id, arguments);
		if (chosen == null) {
			return ExitCodes.USAGE;
		}
		Resource resource = (named ? model : ModelArgument.embedded()).load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		List<DesignProblem> problems;
		try {
			problems = chosen.design().check(ProgrammeStore.programme(resource), chosen.params());
		} catch (ReportEngineException e) {
			return line.fail(RENDER_FAILED, e.getMessage());
		} catch (ReportException e) {
			// as for a render: the programme lacks what the design's data need
			return line.fail(ExitCodes.BAD_MODEL, e.getMessage());
		}
		for (DesignProblem problem : problems) {
			out.println("design " + id + ": " + problem); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (problems.isEmpty()) {
			out.println("design " + id + ": OK"); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.OK;
		}
		return DESIGN_BROKEN;
	}

	/** A design and the {@code --param} values given for it. */
	private record Chosen(ReportDesign design, Map<String, String> params) {
	}

	/**
	 * The design {@code id} with the {@code --param} values, checked against the parameters it
	 * declares; {@code null} when either is wrong (the usage has said why).
	 */
	private Chosen choose(String id, CommandLine.Arguments arguments) {
		Map<String, String> params = params(arguments);
		if (params == null) {
			return null;
		}
		try {
			ReportDesign design = ReportDesigns.get().require(id);
			design.arguments(params);
			return new Chosen(design, params);
		} catch (IllegalArgumentException e) {
			line.usage(e.getMessage());
			return null;
		}
	}

	/** {@code --list}: each design with its name, category, formats and parameters. */
	private void list() {
		for (ReportDesign design : ReportDesigns.get().contributions()) {
			out.println(design.id() + "  " + design.name() + "  (" + design.category() + "; " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ String.join(", ", design.formats().stream().map(f -> f.extension()).toList()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			for (ReportParameter parameter : design.parameters()) {
				out.println("    " + parameter.name() + " (" + parameter.type().name().toLowerCase(Locale.ROOT) //$NON-NLS-1$ //$NON-NLS-2$
						+ (parameter.required() ? ", required" : "") //$NON-NLS-1$ //$NON-NLS-2$
						+ (parameter.defaultValue() != null ? ", default " + parameter.defaultValue() : "") + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (parameter.description() != null ? "  " + parameter.description() : "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (RegistryProblem problem : ReportDesigns.get().problems()) {
			line.warn(problem.message());
		}
	}
}
