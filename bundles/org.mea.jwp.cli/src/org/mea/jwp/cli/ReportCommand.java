package org.mea.jwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.SiblingFiles;
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

	/** Exit codes. */
	public static final int OK = 0;
	public static final int USAGE = 2;
	public static final int BAD_MODEL = 3;
	public static final int RENDER_FAILED = 4;
	public static final int CANNOT_WRITE = 5;

	static final String USAGE_TEXT = """
			Usage: jwp report (--model FILE | --default) --design ID --format FORMAT --out FILE [--param NAME=VALUE]...
			       jwp report --list

			  --model FILE     the programme (.jwp) to report on
			  --default        the embedded CMS-CITES Joint Work Programme 2012-2014
			  --design ID      a report design: progress, final, status, species, calendar, or one a plug-in adds
			  --format FORMAT  pdf, html, docx, odt or xlsx (Excel)
			  --out FILE       where to write the report (replaced if it exists)
			  --param NAME=VALUE  a parameter the design declares, e.g. for the progress report:
			      committee=ID                 a committee's body id, e.g. body-cms-stc, or CITES_SC, CMS_STC
			                                   (default: the programme's first Standing Committee)
			      meeting=ID                   a meeting id of the programme (default: the committee's latest)
			      symbol=TEXT                  document symbol (default: the committee's pattern, e.g. "SC65 Doc. 14.3")
			      reportingDate=YYYY-MM-DD     (default: the meeting's first day, else the programme's last day)
			  --list           the designs there are, with their formats and parameters
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 4 report failed, 5 output not writable,
			""" + Commands.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;

	public ReportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		Path model = null;
		boolean useDefault = false;
		String design = null;
		ReportFormat format = null;
		Path output = null;
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--list" -> { //$NON-NLS-1$
				list();
				return OK;
			}
			case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
				out.print(USAGE_TEXT);
				return OK;
			}
			case "--default" -> useDefault = true; //$NON-NLS-1$
			case "--model", "--design", "--format", "--out", "--param" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				if (i + 1 >= args.size()) {
					return usage(arg + " needs a value"); //$NON-NLS-1$
				}
				String value = args.get(++i);
				switch (arg) {
				case "--model" -> model = Path.of(value); //$NON-NLS-1$
				case "--design" -> design = value; //$NON-NLS-1$
				case "--out" -> output = Path.of(value); //$NON-NLS-1$
				case "--format" -> { //$NON-NLS-1$
					try {
						format = ReportFormat.parse(value);
					} catch (IllegalArgumentException e) {
						return usage(e.getMessage());
					}
				}
				default -> {
					int equals = value.indexOf('=');
					if (equals <= 0) {
						return usage("--param takes NAME=VALUE, not \"" + value + "\""); //$NON-NLS-1$ //$NON-NLS-2$
					}
					params.put(value.substring(0, equals), value.substring(equals + 1));
				}
				}
			}
			default -> {
				return usage("unknown argument \"" + arg + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			}
		}
		if (useDefault == (model != null)) {
			return usage("give either --model FILE or --default"); //$NON-NLS-1$
		}
		if (design == null) {
			return usage("--design is missing"); //$NON-NLS-1$
		}
		if (format == null) {
			return usage("--format is missing"); //$NON-NLS-1$
		}
		if (output == null) {
			return usage("--out is missing"); //$NON-NLS-1$
		}
		String sameFile = SameFile.problem(output, "--out", model, "--model"); //$NON-NLS-1$ //$NON-NLS-2$
		if (sameFile != null) {
			return usage(sameFile);
		}
		ReportDesign chosen;
		try {
			chosen = ReportDesigns.get().require(design);
			chosen.arguments(params);
		} catch (IllegalArgumentException e) {
			return usage(e.getMessage());
		}
		if (!chosen.formats().contains(format)) {
			return usage("the design \"" + design + "\" is made for " + chosen.formats() + ", not " + format); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		// the engine starts and reads the design on the other core while the programme is read
		chosen.preload();
		ReportDesign.Prepared report;
		try {
			Resource resource = useDefault ? DefaultProgramme.load() : new ProgrammeStore().load(model);
			report = chosen.prepare(ProgrammeStore.programme(resource), params);
		} catch (ProgrammeFileException | ReportException e) {
			err.println("jwp report: " + e.getMessage()); //$NON-NLS-1$
			return BAD_MODEL;
		}
		return write(report, format, output.toAbsolutePath());
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
			err.println("jwp report: " + problem.message()); //$NON-NLS-1$
		}
	}

	private int write(ReportDesign.Prepared report, ReportFormat format, Path output) {
		Path folder = output.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			err.println("jwp report: cannot write " + output + ": the folder does not exist"); //$NON-NLS-1$ //$NON-NLS-2$
			return CANNOT_WRITE;
		}
		try {
			SiblingFiles.replace(output, stream -> report.render(format, stream));
			out.println("jwp report: wrote " + output); //$NON-NLS-1$
			return OK;
		} catch (ReportException e) {
			// BIRT's messages run over several lines ("See next exception…" and then the cause)
			err.println("jwp report: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return RENDER_FAILED;
		} catch (IOException e) {
			err.println("jwp report: cannot write " + output + ": " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
					+ "; the previous file, if any, is unchanged"); //$NON-NLS-1$
			return CANNOT_WRITE;
		}
	}

	private int usage(String problem) {
		err.println("jwp report: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
