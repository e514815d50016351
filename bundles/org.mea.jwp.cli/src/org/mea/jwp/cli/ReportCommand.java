package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.reports.ReportDesign;
import org.mea.jwp.reports.ReportDesigns;
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

	static final String USAGE_TEXT = """
			Usage: jwp report (--model FILE | --default) --design ID --format FORMAT --out FILE [--param NAME=VALUE]...
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
			  --list           the designs there are, with their formats and parameters
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 4 report failed, 5 output not writable,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final CommandLine line;

	public ReportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.line = new CommandLine("report", USAGE_TEXT, out, err).flags("--list", "--default") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.values("--model", "--design", "--format", "--out").repeatable("--param"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
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
		Map<String, String> params = new LinkedHashMap<>();
		for (String param : arguments.values("--param")) { //$NON-NLS-1$
			int equals = param.indexOf('=');
			if (equals <= 0) {
				return line.usage("--param takes NAME=VALUE, not \"" + param + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			params.put(param.substring(0, equals), param.substring(equals + 1));
		}
		ReportDesign chosen;
		try {
			chosen = ReportDesigns.get().require(design);
			chosen.arguments(params);
		} catch (IllegalArgumentException e) {
			return line.usage(e.getMessage());
		}
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
		return OutputFile.write(line, target, stream -> report.render(format, stream), RENDER_FAILED,
				"wrote " + target); //$NON-NLS-1$
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
