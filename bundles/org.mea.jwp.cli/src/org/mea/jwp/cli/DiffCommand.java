package org.mea.jwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.cycles.Baselines;
import org.mea.jwp.core.cycles.Comparison;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/**
 * {@code jwp diff}: what changed between a cycle's baseline and a later one, or the programme as it
 * is now, as text, CSV or JSON on standard output. Scripts can ask for exit code 1 when nothing
 * changed ({@code --fail-if-empty}).
 */
public final class DiffCommand {

	/** Exit code when nothing changed (only with {@code --fail-if-empty}); the others are {@link ExitCodes}. */
	public static final int NO_CHANGES = 1;
	/** Exit code when a cycle to compare has no baseline. */
	public static final int NO_BASELINE = 4;

	static final String USAGE_TEXT = """
			Usage: jwp diff (--model FILE | --default) --from CYCLE [--to CYCLE | --current]
			                [--format text|csv|json] [--fail-if-empty]
			       jwp diff (--model FILE | --default) --list

			  --model FILE     the programme (.jwp)
			  --default        the embedded CMS-CITES Joint Work Programme 2012-2014
			  --from CYCLE     a reporting cycle with a baseline: the earlier record; by id or by meeting,
			                   e.g. cycle-sc62, SC62 or sc62
			  --to CYCLE       a later cycle with a baseline to compare with (id or meeting)
			  --current        compare with the programme as it is now (the default)
			  --format F       text (default), csv (one row per changed activity) or json
			  --fail-if-empty  exit with 1 when nothing changed
			  --list           the reporting cycles of the programme (id, meeting) and their baselines
			Exit codes: 0 done, 1 nothing changed (only with --fail-if-empty), 2 wrong arguments or
			unknown cycle, 3 model missing or invalid, 4 a cycle has no baseline,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final LocalDate today;
	private final CommandLine line;

	public DiffCommand(PrintStream out, PrintStream err, LocalDate today) {
		this.out = out;
		this.today = today;
		this.line = new CommandLine("diff", USAGE_TEXT, out, err) //$NON-NLS-1$
				.flags("--default", "--current", "--list", "--fail-if-empty") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.values("--model", "--from", "--to", "--format"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		ChangeWriter.Format format = line.choice(arguments, "--format", ChangeWriter.Format.TEXT); //$NON-NLS-1$
		if (format == null) {
			return ExitCodes.USAGE;
		}
		ModelArgument model = ModelArgument.of(arguments);
		if (model.problem() != null) {
			return line.usage(model.problem());
		}
		boolean list = arguments.has("--list"); //$NON-NLS-1$
		String from = arguments.value("--from"); //$NON-NLS-1$
		String to = arguments.value("--to"); //$NON-NLS-1$
		if (!list && from == null) {
			return line.usage("--from is missing"); //$NON-NLS-1$
		}
		if (to != null && arguments.has("--current")) { //$NON-NLS-1$
			return line.usage("give --to CYCLE or --current, not both"); //$NON-NLS-1$
		}
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		if (list) {
			listCycles(programme);
			return ExitCodes.OK;
		}
		Optional<ReportingCycle> fromCycle = Cycles.find(programme, from);
		if (fromCycle.isEmpty()) {
			return line.usage(Cycles.notFound(programme, from));
		}
		Optional<ReportingCycle> toCycle = to == null ? Optional.empty() : Cycles.find(programme, to);
		if (to != null && toCycle.isEmpty()) {
			return line.usage(Cycles.notFound(programme, to));
		}
		for (ReportingCycle cycle : toCycle.isPresent() ? List.of(fromCycle.get(), toCycle.get())
				: List.of(fromCycle.get())) {
			if (cycle.getBaseline() == null) {
				return line.fail(NO_BASELINE,
						cycle.getId() + " has no baseline; record it with: jwp baseline --model FILE --cycle " //$NON-NLS-1$
								+ cycle.getId());
			}
		}
		return write(programme, fromCycle.get(), toCycle, format, arguments.has("--fail-if-empty")); //$NON-NLS-1$
	}

	private int write(Programme programme, ReportingCycle fromCycle, Optional<ReportingCycle> toCycle,
			ChangeWriter.Format format,
			boolean failIfEmpty) {
		Baseline later = toCycle.map(ReportingCycle::getBaseline)
				.orElseGet(() -> Baselines.snapshot(programme, today, today));
		String laterName = toCycle.map(c -> c.getId() + " (baseline at " + c.getBaseline().getDate() + ")") //$NON-NLS-1$ //$NON-NLS-2$
				.orElse("the current programme"); //$NON-NLS-1$
		Comparison comparison = Comparison.of(fromCycle.getBaseline(), later);
		String earlierName = fromCycle.getId() + " (baseline at " + fromCycle.getBaseline().getDate() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			new ChangeWriter(programme, comparison, earlierName, laterName).write(format, out);
		} catch (IOException e) {
			return line.fail(ExitCodes.CANNOT_WRITE, "cannot write the changes: " + e.getMessage()); //$NON-NLS-1$
		}
		out.flush();
		return failIfEmpty && comparison.isEmpty() ? NO_CHANGES : ExitCodes.OK;
	}

	private void listCycles(Programme programme) {
		if (programme.getCycles().isEmpty()) {
			out.println("The programme has no reporting cycles."); //$NON-NLS-1$
		}
		for (ReportingCycle cycle : programme.getCycles()) {
			String baseline = cycle.getBaseline() == null ? "no baseline" //$NON-NLS-1$
					: "baseline at " + cycle.getBaseline().getDate() + ", " + cycle.getBaseline().getEntries().size() //$NON-NLS-1$//$NON-NLS-2$
							+ " activities"; //$NON-NLS-1$
			out.println(String.format("%-16s %-8s %-18s %s", cycle.getId(), Cycles.label(cycle), //$NON-NLS-1$
					cycle.getDocumentSymbol() == null ? "" : cycle.getDocumentSymbol(), baseline)); //$NON-NLS-1$
		}
	}
}
