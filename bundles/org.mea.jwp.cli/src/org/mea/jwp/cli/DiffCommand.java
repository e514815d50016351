package org.mea.jwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

	/** Exit codes. */
	public static final int OK = 0;
	public static final int NO_CHANGES = 1;
	public static final int USAGE = 2;
	public static final int BAD_MODEL = 3;
	public static final int NO_BASELINE = 4;

	static final String USAGE_TEXT = """
			Usage: jwp diff (--model FILE | --default) --from ID [--to ID | --current]
			                [--format text|csv|json] [--fail-if-empty]
			       jwp diff (--model FILE | --default) --list

			  --model FILE     the programme (.jwp)
			  --default        the embedded CMS-CITES Joint Work Programme 2012-2014
			  --from ID        a reporting cycle with a baseline: the earlier record
			  --to ID          a later cycle with a baseline to compare with
			  --current        compare with the programme as it is now (the default)
			  --format F       text (default), csv (one row per changed activity) or json
			  --fail-if-empty  exit with 1 when nothing changed
			  --list           the reporting cycles of the programme and their baselines
			Exit codes: 0 done, 1 nothing changed (only with --fail-if-empty), 2 wrong arguments or
			unknown cycle, 3 model missing or invalid, 4 a cycle has no baseline,
			""" + Commands.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	private final LocalDate today;

	public DiffCommand(PrintStream out, PrintStream err, LocalDate today) {
		this.out = out;
		this.err = err;
		this.today = today;
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		ModelArgument model = new ModelArgument();
		String from = null;
		String to = null;
		boolean current = false;
		boolean list = false;
		boolean failIfEmpty = false;
		ChangeWriter.Format format = ChangeWriter.Format.TEXT;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
				out.print(USAGE_TEXT);
				return OK;
			}
			case "--default" -> model.useDefault(); //$NON-NLS-1$
			case "--current" -> current = true; //$NON-NLS-1$
			case "--list" -> list = true; //$NON-NLS-1$
			case "--fail-if-empty" -> failIfEmpty = true; //$NON-NLS-1$
			case "--model", "--from", "--to", "--format" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (i + 1 >= args.size()) {
					return usage(arg + " needs a value"); //$NON-NLS-1$
				}
				String value = args.get(++i);
				switch (arg) {
				case "--model" -> model.model(value); //$NON-NLS-1$
				case "--from" -> from = value; //$NON-NLS-1$
				case "--to" -> to = value; //$NON-NLS-1$
				default -> {
					try {
						format = ChangeWriter.Format.valueOf(value.toUpperCase(Locale.ROOT));
					} catch (IllegalArgumentException e) {
						return usage("unknown format \"" + value + "\"; use text, csv or json"); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				}
			}
			default -> {
				return usage("unknown argument \"" + arg + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			}
		}
		if (model.problem() != null) {
			return usage(model.problem());
		}
		if (!list && from == null) {
			return usage("--from is missing"); //$NON-NLS-1$
		}
		if (to != null && current) {
			return usage("give --to ID or --current, not both"); //$NON-NLS-1$
		}
		Resource resource = model.load("diff", err); //$NON-NLS-1$
		if (resource == null) {
			return BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		if (list) {
			listCycles(programme);
			return OK;
		}
		Optional<ReportingCycle> fromCycle = Cycles.find(programme, from);
		if (fromCycle.isEmpty()) {
			return usage(BaselineCommand.unknownCycle(from, programme));
		}
		Optional<ReportingCycle> toCycle = to == null ? Optional.empty() : Cycles.find(programme, to);
		if (to != null && toCycle.isEmpty()) {
			return usage(BaselineCommand.unknownCycle(to, programme));
		}
		for (ReportingCycle cycle : toCycle.isPresent() ? List.of(fromCycle.get(), toCycle.get()) : List.of(fromCycle.get())) {
			if (cycle.getBaseline() == null) {
				err.println("jwp diff: " + cycle.getId() + " has no baseline; record it with: jwp baseline --model FILE --cycle " //$NON-NLS-1$ //$NON-NLS-2$
						+ cycle.getId());
				return NO_BASELINE;
			}
		}
		Baseline later = toCycle.map(ReportingCycle::getBaseline).orElseGet(() -> Baselines.snapshot(programme, today, today));
		String laterName = toCycle.map(c -> c.getId() + " (baseline at " + c.getBaseline().getDate() + ")") //$NON-NLS-1$ //$NON-NLS-2$
				.orElse("the current programme"); //$NON-NLS-1$
		Comparison comparison = Comparison.of(fromCycle.get().getBaseline(), later);
		String earlierName = fromCycle.get().getId() + " (baseline at " + fromCycle.get().getBaseline().getDate() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			new ChangeWriter(programme, comparison, earlierName, laterName).write(format, out);
		} catch (IOException e) {
			err.println("jwp diff: cannot write the changes: " + e.getMessage()); //$NON-NLS-1$
			return USAGE;
		}
		out.flush();
		return failIfEmpty && comparison.isEmpty() ? NO_CHANGES : OK;
	}

	private void listCycles(Programme programme) {
		if (programme.getCycles().isEmpty()) {
			out.println("The programme has no reporting cycles."); //$NON-NLS-1$
		}
		for (ReportingCycle cycle : programme.getCycles()) {
			String baseline = cycle.getBaseline() == null ? "no baseline" //$NON-NLS-1$
					: "baseline at " + cycle.getBaseline().getDate() + ", " + cycle.getBaseline().getEntries().size() + " activities"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(String.format("%-16s %-8s %-18s %s", cycle.getId(), Cycles.label(cycle), //$NON-NLS-1$
					cycle.getDocumentSymbol() == null ? "" : cycle.getDocumentSymbol(), baseline)); //$NON-NLS-1$
		}
	}

	private int usage(String problem) {
		err.println("jwp diff: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
