package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	/** Exit code when the cycle already has a baseline (it is never replaced); the others are {@link ExitCodes}. */
	public static final int ALREADY_RECORDED = 4;

	static final String USAGE_TEXT = """
			Usage: jwp baseline --model FILE --cycle CYCLE [--out FILE]

			  --model FILE   the programme (.jwp); it is saved in place, keeping FILE.bak
			  --cycle CYCLE  the reporting cycle whose baseline to record, by id or by meeting:
			                 cycle-sc65, SC65 or sc65 (jwp diff --list shows the cycles)
			  --out FILE     save the result here instead of in place
			Records the status, timeframe, lead and latest progress of every activity, as at the cycle's
			reporting date. A recorded baseline cannot be changed.
			Exit codes: 0 recorded, 2 wrong arguments or unknown cycle, 3 model missing or invalid,
			4 the cycle already has a baseline, 5 output not writable or changed by another program since it was read,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final LocalDate today;
	private final CommandLine line;

	public BaselineCommand(PrintStream out, PrintStream err, LocalDate today) {
		this.today = today;
		this.line = new CommandLine("baseline", USAGE_TEXT, out, err).values("--model", "--cycle", "--out") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.refuse("--default", "the embedded programme cannot be changed; save it as a file first"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		Path model = arguments.path("--model"); //$NON-NLS-1$
		if (model == null) {
			return line.usage("--model is missing"); //$NON-NLS-1$
		}
		String cycleName = arguments.value("--cycle"); //$NON-NLS-1$
		if (cycleName == null) {
			return line.usage("--cycle is missing"); //$NON-NLS-1$
		}
		Resource resource = ModelArgument.of(arguments).load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme programme = ProgrammeStore.programme(resource);
		Optional<ReportingCycle> cycle = Cycles.find(programme, cycleName);
		if (cycle.isEmpty()) {
			return line.usage(Cycles.notFound(programme, cycleName));
		}
		RecordBaselineCommand command = new RecordBaselineCommand(cycle.get(), today);
		if (!command.canExecute()) {
			return line.fail(ALREADY_RECORDED, cycle.get().getId() + " already has a baseline (recorded on " //$NON-NLS-1$
					+ cycle.get().getBaseline().getRecordedOn() + "); baselines are never replaced; nothing written"); //$NON-NLS-1$
		}
		command.execute();
		Path target = arguments.has("--out") ? arguments.path("--out") : model; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			new ProgrammeStore().save(resource, target);
		} catch (ProgrammeFileException e) {
			return line.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
		}
		line.done(command.getLabel() + ": " + command.getBaseline().getEntries().size() //$NON-NLS-1$
				+ " activities as at " + command.getBaseline().getDate() + "; saved " + target.toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCodes.OK;
	}
}
