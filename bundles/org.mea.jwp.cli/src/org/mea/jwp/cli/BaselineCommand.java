package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.RecordBaselineCommand;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/**
 * {@code jwp baseline}: records the baseline of a reporting cycle in a programme file and saves it
 * (atomically, keeping the previous version as {@code .bak}). A cycle's baseline is recorded once;
 * asking again changes nothing and says so.
 */
public final class BaselineCommand {

	/** Exit codes. */
	public static final int OK = 0;
	public static final int USAGE = 2;
	public static final int BAD_MODEL = 3;
	public static final int ALREADY_RECORDED = 4;
	public static final int CANNOT_WRITE = 5;

	static final String USAGE_TEXT = """
			Usage: jwp baseline --model FILE --cycle ID [--out FILE]

			  --model FILE   the programme (.jwp); it is saved in place, keeping FILE.bak
			  --cycle ID     the reporting cycle whose baseline to record (jwp diff --list shows the cycles)
			  --out FILE     save the result here instead of in place
			Records the status, timeframe, lead and latest progress of every activity, as at the cycle's
			reporting date. A recorded baseline cannot be changed.
			Exit codes: 0 recorded, 2 wrong arguments or unknown cycle, 3 model missing or invalid,
			4 the cycle already has a baseline, 5 output not writable or changed by another program since it was read,
			""" + Commands.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	private final LocalDate today;

	public BaselineCommand(PrintStream out, PrintStream err, LocalDate today) {
		this.out = out;
		this.err = err;
		this.today = today;
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		Path model = null;
		Path output = null;
		String cycleId = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
				out.print(USAGE_TEXT);
				return OK;
			}
			case "--model", "--cycle", "--out" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (i + 1 >= args.size()) {
					return usage(arg + " needs a value"); //$NON-NLS-1$
				}
				String value = args.get(++i);
				switch (arg) {
				case "--model" -> model = Path.of(value); //$NON-NLS-1$
				case "--cycle" -> cycleId = value; //$NON-NLS-1$
				default -> output = Path.of(value);
				}
			}
			default -> {
				return usage("unknown argument \"" + arg + "\"" //$NON-NLS-1$ //$NON-NLS-2$
						+ ("--default".equals(arg) ? ": the embedded programme cannot be changed; save it as a file first" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			}
		}
		if (model == null) {
			return usage("--model is missing"); //$NON-NLS-1$
		}
		if (cycleId == null) {
			return usage("--cycle is missing"); //$NON-NLS-1$
		}
		ModelArgument argument = new ModelArgument();
		argument.model(model.toString());
		Resource resource = argument.load("baseline", err); //$NON-NLS-1$
		if (resource == null) {
			return BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		Optional<ReportingCycle> cycle = Cycles.find(programme, cycleId);
		if (cycle.isEmpty()) {
			return usage(unknownCycle(cycleId, programme));
		}
		RecordBaselineCommand command = new RecordBaselineCommand(cycle.get(), today);
		if (!command.canExecute()) {
			err.println("jwp baseline: " + cycleId + " already has a baseline (recorded on " //$NON-NLS-1$ //$NON-NLS-2$
					+ cycle.get().getBaseline().getRecordedOn() + "); baselines are never replaced; nothing written"); //$NON-NLS-1$
			return ALREADY_RECORDED;
		}
		command.execute();
		Path target = output != null ? output : model;
		try {
			new ProgrammeStore().save(resource, target);
		} catch (ProgrammeFileException e) {
			err.println("jwp baseline: " + e.getMessage()); //$NON-NLS-1$
			return CANNOT_WRITE;
		}
		out.println("jwp baseline: " + command.getLabel() + ": " + command.getBaseline().getEntries().size() //$NON-NLS-1$ //$NON-NLS-2$
				+ " activities as at " + command.getBaseline().getDate() + "; saved " + target.toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		return OK;
	}

	/** "unknown cycle "X"; the cycles of this programme are: a, b" */
	static String unknownCycle(String id, Programme programme) {
		String known = programme.getCycles().stream().map(ReportingCycle::getId).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return "unknown cycle \"" + id + "\"; " //$NON-NLS-1$ //$NON-NLS-2$
				+ (known.isEmpty() ? "the programme has no reporting cycles" : "the cycles of this programme are: " + known); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private int usage(String problem) {
		err.println("jwp baseline: " + problem); //$NON-NLS-1$
		err.print(USAGE_TEXT);
		return USAGE;
	}
}
