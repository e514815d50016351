package org.mea.jwp.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/**
 * {@code jwp continue}: the programme that continues another over a new period, with the
 * activities not completed carried forward (or those named), written to a new file; the earlier
 * programme file records where they went (saved in place, keeping {@code .bak}). The same as
 * File > New Programme > Continue from... in the workbench ({@link Continuation}).
 */
public final class ContinueCommand {

	static final String USAGE_TEXT = """
			Usage: jwp continue (--model FILE | --default) --period START-END --out FILE [--carry CODES]

			  --model FILE      the programme to continue (.jwp); it records where its activities went
			                    (saved in place, keeping FILE.bak)
			  --default         the embedded CMS-CITES Joint Work Programme 2012-2014 (not changed)
			  --period Y1-Y2    the new programme's period, after the earlier one's, e.g. 2015-2020
			  --out FILE        the new programme (.jwp); must not exist yet
			  --carry CODES     the activities to carry forward, e.g. A1,B6,C2 (default: every activity
			                    neither completed nor cancelled)
			The new programme has the carried activities (each naming the one it continues, its timeframe
			the new period unless on-going, recurring or conditional), the taxa, organizations,
			instruments, bodies and decisions, and the meetings in the new period.
			Exit codes: 0 done, 2 wrong arguments, 3 model missing or invalid, 5 output not writable,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-\u2013]\\s*(\\d{4})"); //$NON-NLS-1$

	private final CommandLine line;

	public ContinueCommand(PrintStream out, PrintStream err) {
		this.line = new CommandLine("continue", USAGE_TEXT, out, err).flags("--default") //$NON-NLS-1$ //$NON-NLS-2$
				.values("--model", "--period", "--out", "--carry"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, this::execute);
	}

	private int execute(CommandLine.Arguments arguments) {
		ModelArgument model = ModelArgument.of(arguments);
		String period = arguments.value("--period"); //$NON-NLS-1$
		String carry = arguments.value("--carry"); //$NON-NLS-1$
		if (model.problem() != null) {
			return line.usage(model.problem());
		}
		if (period == null) {
			return line.usage("--period is missing"); //$NON-NLS-1$
		}
		Matcher years = PERIOD.matcher(period.strip());
		if (!years.matches()) {
			return line.usage("--period \"" + period + "\" is not a period; use the form 2015-2020"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path output = model.output(line, arguments);
		if (output == null) {
			return ExitCodes.USAGE;
		}
		if (Files.exists(output)) {
			return line.usage(
					"--out " + output + " exists; give a new file (a programme is never overwritten by another)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Resource resource = model.load(line);
		if (resource == null) {
			return ExitCodes.BAD_MODEL;
		}
		Programme earlier = ProgrammeStore.programme(resource);
		List<Activity> carried;
		if (carry == null) {
			carried = Continuation.open(earlier);
		} else {
			carried = new ArrayList<>();
			for (String code : carry.split(",")) { //$NON-NLS-1$
				Activity activity = earlier.findActivity(code.strip());
				if (activity == null) {
					return line.usage("--carry: the programme has no activity " + code.strip()); //$NON-NLS-1$
				}
				carried.add(activity);
			}
		}
		Programme next;
		try {
			next = Continuation.from(earlier, Integer.parseInt(years.group(1)), Integer.parseInt(years.group(2)),
					carried);
		} catch (IllegalArgumentException e) {
			return line.usage("--period: " + e.getMessage()); //$NON-NLS-1$
		}
		Path target = output.toAbsolutePath();
		Resource written = JwpResourceFactory.newResource(URI.createFileURI(target.toString()));
		written.getContents().add(next);
		ProgrammeStore store = new ProgrammeStore();
		try {
			store.save(written, target);
		} catch (ProgrammeFileException e) {
			return line.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
		}
		line.done("wrote " + target + " (" + Continuation.label(next) + ", " + carried.size() //$NON-NLS-1$ //$NON-NLS-2$
				+ " activities carried forward from " + Continuation.label(earlier) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		if (model.file() != null) {
			Continuation.markCarriedForward(earlier, next, carried, LocalDate.now());
			try {
				store.save(resource, model.file());
			} catch (ProgrammeFileException e) {
				return line.fail(ExitCodes.CANNOT_WRITE, "the new programme is written, but " + model.file() //$NON-NLS-1$
						+ " could not record where its activities went: " + e.getMessage()); //$NON-NLS-1$
			}
			line.done(
					model.file() + " records the activities carried forward and its final baseline (previous version: " //$NON-NLS-1$ //$NON-NLS-2$
							+ ProgrammeStore.backupOf(model.file()).getFileName() + ")"); //$NON-NLS-1$
		}
		return ExitCodes.OK;
	}
}
