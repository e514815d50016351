package org.mea.jwp.cli;

import java.io.PrintStream;
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

	private Path model;
	private boolean useDefault;

	/** Takes {@code --model FILE}. */
	void model(String value) {
		model = Path.of(value);
	}

	/** Takes {@code --default}. */
	void useDefault() {
		useDefault = true;
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
	 * Loads the programme; on failure prints "{@code jwp <command>: <what is wrong>}" on {@code err}
	 * and returns {@code null}.
	 */
	Resource load(String command, PrintStream err) {
		try {
			return useDefault ? DefaultProgramme.load() : new ProgrammeStore().load(model);
		} catch (ProgrammeFileException e) {
			err.println("jwp " + command + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}
}
