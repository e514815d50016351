package org.mea.jwp.cli;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;

/**
 * The programme a command works on: {@code --model FILE} or {@code --default}, exactly one of them.
 * Shared by the commands that read a programme so that they say the same things about it.
 */
final class ModelArgument {

	private final Path model;
	private final boolean useDefault;

	private ModelArgument(Path model, boolean useDefault) {
		this.model = model;
		this.useDefault = useDefault;
	}

	/** {@code --model FILE} and {@code --default} as given (a command that refuses {@code --default} never has it). */
	static ModelArgument of(CommandLine.Arguments arguments) {
		return new ModelArgument(arguments.path("--model"), arguments.has("--default")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The embedded programme, for a command that reads one when none is named. */
	static ModelArgument embedded() {
		return new ModelArgument(null, true);
	}

	/** The problem with what was given, or {@code null} when exactly one programme was named. */
	String problem() {
		return useDefault == (model != null) ? "give either --model FILE or --default" : null; //$NON-NLS-1$
	}

	/** The file given with {@code --model}, or {@code null} for the embedded programme. */
	Path file() {
		return model;
	}

	/**
	 * The {@code --out FILE} a command writes from this programme; {@code null} after saying what is
	 * wrong with it — missing, or the programme file itself (writing it would destroy the input) —
	 * and the usage: the command then ends with {@link ExitCodes#USAGE}.
	 */
	Path output(CommandLine line, CommandLine.Arguments arguments) {
		Path output = arguments.path("--out"); //$NON-NLS-1$
		String problem = output == null ? "--out is missing" : SameFile.problem(output, "--out", model, "--model"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (problem != null) {
			line.usage(problem);
			return null;
		}
		return output;
	}

	/**
	 * Loads the programme; on failure says "{@code jwp <command>: <what is wrong>}" and returns
	 * {@code null}: the command then ends with {@link ExitCodes#BAD_MODEL}.
	 */
	Resource load(CommandLine line) {
		try {
			return useDefault ? DefaultProgramme.load() : new ProgrammeStore().load(model);
		} catch (ProgrammeFileException e) {
			line.fail(ExitCodes.BAD_MODEL, e.getMessage());
			return null;
		}
	}
}
