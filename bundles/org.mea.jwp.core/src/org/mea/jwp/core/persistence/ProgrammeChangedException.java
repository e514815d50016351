package org.mea.jwp.core.persistence;

import java.nio.file.Path;

/**
 * A save was refused because the file is no longer what the programme was read from or last saved
 * as: another program changed it meanwhile. Nothing was written; the caller may ask the user and
 * save again with {@link ProgrammeStore#save(org.eclipse.emf.ecore.resource.Resource, Path, boolean)}
 * to overwrite, or save elsewhere.
 */
public class ProgrammeChangedException extends ProgrammeFileException {

	private static final long serialVersionUID = 1L;

	public ProgrammeChangedException(Path file) {
		super(file, 0, 0, Messages.ProgrammeChangedException_changed, null);
	}
}
