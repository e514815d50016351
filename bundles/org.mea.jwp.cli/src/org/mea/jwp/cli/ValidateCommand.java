package org.mea.jwp.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.Findings;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Programme;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code jwp validate}: every validation rule of this installation, built-in or contributed by a
 * plug-in, run on a programme without the workbench; the findings are those of the Problems view
 * (same rules, same reporting date, same order), as text for people or JSON for scripts, and the
 * exit code says whether any reaches the severity given with {@code --fail-on}.
 */
public final class ValidateCommand {

	/** Exit code when a finding reaches the {@code --fail-on} severity; the others are {@link ExitCodes}. */
	public static final int FINDINGS = 1;

	/** Formats of the output. */
	enum Format {
		TEXT, JSON
	}

	/** The least severity that fails the command. */
	enum FailOn {
		ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING);

		final int severity;

		FailOn(int severity) {
			this.severity = severity;
		}
	}

	static final String USAGE_TEXT = """
			Usage: jwp validate (--model FILE | --default) [--format text|json] [--fail-on error|warning]
			                    [--reporting-date YYYY-MM-DD]

			  --model FILE           the programme (.jwp) to check
			  --default              the embedded CMS-CITES Joint Work Programme 2012-2014
			  --format F             text (default): one line per finding, errors first; or json
			  --fail-on S            error (default): exit 1 when there is an error;
			                         warning: exit 1 when there is an error or a warning
			  --reporting-date DATE  the day "overdue" is judged at (default: the last day of the
			                         programme's period, as in the workbench without a preference)
			Every rule runs, built-in or contributed by a plug-in, as in the Problems view.
			Exit codes: 0 no finding that fails, 1 findings at or above --fail-on, 2 wrong arguments,
			3 model missing or invalid,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final CommandLine line;

	public ValidateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.line = new CommandLine("validate", USAGE_TEXT, out, err).flags("--default") //$NON-NLS-1$ //$NON-NLS-2$
				.values("--model", "--format", "--fail-on", "--reporting-date"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		Format format = line.choice(arguments, "--format", Format.TEXT); //$NON-NLS-1$
		FailOn failOn = line.choice(arguments, "--fail-on", FailOn.ERROR); //$NON-NLS-1$
		if (format == null || failOn == null) {
			return ExitCodes.USAGE;
		}
		LocalDate reportingDate = null;
		String date = arguments.value("--reporting-date"); //$NON-NLS-1$
		if (date != null) {
			try {
				reportingDate = LocalDate.parse(date);
			} catch (DateTimeParseException e) {
				return line.usage("--reporting-date \"" + date + "\" is not a date such as 2014-05-01"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		ModelArgument model = ModelArgument.of(arguments);
		if (model.problem() != null) {
			return line.usage(model.problem());
		}
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		if (reportingDate == null) {
			LocalDate end = Cycles.programmeEnd(programme);
			reportingDate = end != null ? end : LocalDate.now();
		}
		List<Diagnostic> findings = ProgrammeValidation.validate(programme, reportingDate).getChildren().stream()
				.sorted(Comparator.comparingInt(Diagnostic::getSeverity).reversed()).toList();
		if (format == Format.JSON) {
			json(findings, reportingDate);
		} else {
			text(findings, reportingDate);
		}
		out.flush();
		return findings.stream().anyMatch(d -> d.getSeverity() >= failOn.severity) ? FINDINGS : ExitCodes.OK;
	}

	private void text(List<Diagnostic> findings, LocalDate reportingDate) {
		for (Diagnostic finding : findings) {
			out.println(
					severity(finding) + '\t' + element(finding) + '\t' + finding.getMessage() + "\t[" //$NON-NLS-1$
							+ Findings.rule(finding)
							+ ']');
		}
		long errors = findings.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
		long warnings = findings.stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
		out.println(errors + (errors == 1 ? " error, " : " errors, ") + warnings //$NON-NLS-1$ //$NON-NLS-2$
				+ (warnings == 1 ? " warning, " : " warnings, ") + (findings.size() - errors - warnings) //$NON-NLS-1$ //$NON-NLS-2$
				+ " other findings (reporting date " + reportingDate + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void json(List<Diagnostic> findings, LocalDate reportingDate) {
		JsonObject root = new JsonObject();
		root.addProperty("reportingDate", reportingDate.toString()); //$NON-NLS-1$
		JsonArray array = new JsonArray();
		for (Diagnostic finding : findings) {
			JsonObject json = new JsonObject();
			json.addProperty("severity", severity(finding)); //$NON-NLS-1$
			json.addProperty("element", element(finding)); //$NON-NLS-1$
			json.addProperty("message", finding.getMessage()); //$NON-NLS-1$
			json.addProperty("rule", Findings.rule(finding)); //$NON-NLS-1$
			array.add(json);
		}
		root.add("findings", array); //$NON-NLS-1$
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}

	private static String severity(Diagnostic finding) {
		return switch (finding.getSeverity()) {
		case Diagnostic.ERROR -> "error"; //$NON-NLS-1$
		case Diagnostic.WARNING -> "warning"; //$NON-NLS-1$
		default -> "info"; //$NON-NLS-1$
		};
	}

	/** The element's label as the Problems view shows it, or an empty string. */
	private static String element(Diagnostic finding) {
		EObject element = Findings.element(finding);
		return element == null ? "" : Labels.of(element); //$NON-NLS-1$
	}
}
