package org.mea.jwp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.Committee;
import org.mea.jwp.reports.ListingReport;
import org.mea.jwp.reports.StatusOverview;
import org.mea.jwp.reports.ProgressReport;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.ReportFormat;

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

	static final List<String> DESIGNS = List.of("progress", "status", "species", "calendar"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	static final Set<String> PARAMETERS = Set.of("committee", "meeting", "symbol", "reportingDate", "author", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"agenda", "recommendations"); //$NON-NLS-1$ //$NON-NLS-2$

	static final String USAGE_TEXT = """
			Usage: jwp report (--model FILE | --default) --design NAME --format FORMAT --out FILE [--param NAME=VALUE]...
			       jwp report --list

			  --model FILE     the programme (.jwp) to report on
			  --default        the embedded CMS-CITES Joint Work Programme 2012-2014
			  --design NAME    progress   progress report to a Standing Committee
			                   status     status overview: by theme and lead, overdue, falling due, funding
			                   species    species concordance (CITES/CMS names, appendices, activities)
			                   calendar   meeting calendar with the activities and reports due at each
			  --format FORMAT  pdf, html, docx, odt or xlsx (Excel)
			  --out FILE       where to write the report (replaced if it exists)
			  --param NAME=VALUE (status, species and calendar take only reportingDate), for the progress report:
			      committee=CITES_SC|CMS_STC   (default CITES_SC)
			      meeting=ID                   a meeting id of the programme (default: the committee's latest)
			      symbol=TEXT                  document symbol (default e.g. "SC65 Doc. 14.3")
			      reportingDate=YYYY-MM-DD     (default 2014-12-31)
			      author=TEXT, agenda=TEXT, recommendations=TEXT
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 4 report failed, 5 output not writable.
			"""; //$NON-NLS-1$

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
				DESIGNS.forEach(out::println);
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
					String name = value.substring(0, equals);
					if (!PARAMETERS.contains(name)) {
						return usage("unknown parameter \"" + name + "\"; the progress report takes " + PARAMETERS); //$NON-NLS-1$ //$NON-NLS-2$
					}
					params.put(name, value.substring(equals + 1));
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
		if (design == null || !DESIGNS.contains(design)) {
			return usage(design == null ? "--design is missing" : "unknown design \"" + design + "\"; designs: " + DESIGNS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (format == null) {
			return usage("--format is missing"); //$NON-NLS-1$
		}
		if (output == null) {
			return usage("--out is missing"); //$NON-NLS-1$
		}
		Renderer report;
		try {
			Resource resource = useDefault ? DefaultProgramme.load() : new ProgrammeStore().load(model);
			report = renderer(design, ProgrammeStore.programme(resource), params);
		} catch (ProgrammeFileException e) {
			err.println("jwp report: " + e.getMessage()); //$NON-NLS-1$
			return BAD_MODEL;
		} catch (IllegalArgumentException e) {
			return usage(e.getMessage());
		} catch (ReportException e) {
			err.println("jwp report: " + e.getMessage()); //$NON-NLS-1$
			return BAD_MODEL;
		}
		return write(report, format, output.toAbsolutePath());
	}

	/** Something that renders: a configured report of any design. */
	private interface Renderer {
		void render(ReportFormat format, OutputStream output, Path workFolder) throws ReportException;
	}

	private static Renderer renderer(String design, Programme programme, Map<String, String> params)
			throws ReportException {
		if ("progress".equals(design)) { //$NON-NLS-1$
			return configure(new ProgressReport(programme), params)::render;
		}
		for (String name : params.keySet()) {
			if (!"reportingDate".equals(name)) { //$NON-NLS-1$
				throw new IllegalArgumentException("the " + design + " report takes only reportingDate, not \"" + name + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		LocalDate reportingDate = params.containsKey("reportingDate") ? date(params.get("reportingDate")) //$NON-NLS-1$ //$NON-NLS-2$
				: LocalDate.of(2014, 12, 31);
		if ("status".equals(design)) { //$NON-NLS-1$
			return new StatusOverview(programme).reportingDate(reportingDate)::render;
		}
		return new ListingReport(programme, "species".equals(design) ? ListingReport.Kind.SPECIES //$NON-NLS-1$
				: ListingReport.Kind.CALENDAR).reportingDate(reportingDate)::render;
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("reportingDate \"" + value + "\" is not a date; use YYYY-MM-DD", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static ProgressReport configure(ProgressReport report, Map<String, String> params) throws ReportException {
		if (params.containsKey("committee")) { //$NON-NLS-1$
			report.committee(Committee.parse(params.get("committee"))); //$NON-NLS-1$
		}
		if (params.containsKey("meeting")) { //$NON-NLS-1$
			report.meeting(params.get("meeting")); //$NON-NLS-1$
		}
		if (params.containsKey("reportingDate")) { //$NON-NLS-1$
			report.reportingDate(date(params.get("reportingDate"))); //$NON-NLS-1$
		}
		return report.symbol(params.get("symbol")).author(params.get("author")).agenda(params.get("agenda")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.recommendations(params.get("recommendations")); //$NON-NLS-1$
	}

	private int write(Renderer report, ReportFormat format, Path output) {
		Path folder = output.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			err.println("jwp report: cannot write " + output + ": the folder does not exist"); //$NON-NLS-1$ //$NON-NLS-2$
			return CANNOT_WRITE;
		}
		Path temp;
		try {
			temp = org.mea.jwp.core.persistence.SiblingFiles.create(output, ".part"); //$NON-NLS-1$
		} catch (IOException e) {
			err.println("jwp report: cannot write " + output + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return CANNOT_WRITE;
		}
		try {
			try (OutputStream stream = Files.newOutputStream(temp)) {
				report.render(format, stream, folder);
			}
			Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.println("jwp report: wrote " + output); //$NON-NLS-1$
			return OK;
		} catch (ReportException e) {
			err.println("jwp report: " + e.getMessage()); //$NON-NLS-1$
			return RENDER_FAILED;
		} catch (IOException e) {
			err.println("jwp report: cannot write " + output + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return CANNOT_WRITE;
		} finally {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException ignored) {
				// the report failed or was moved; a leftover temporary file is harmless
			}
		}
	}

	private int usage(String problem) {
		err.println("jwp report: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
