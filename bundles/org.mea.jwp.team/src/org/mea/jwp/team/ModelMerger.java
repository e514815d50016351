package org.mea.jwp.team;

import org.eclipse.osgi.util.NLS;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.mea.jwp.core.merge.Conflict;
import org.mea.jwp.core.merge.MergeResult;
import org.mea.jwp.core.merge.ProgrammeMerge;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/**
 * The model-aware merge of {@link ProgrammeMerge} as a pull's {@link ProgrammeMerger}: the three
 * versions are read with the hardened loader, merged element by element, and the merged programme
 * is written in the canonical form. A version that cannot be read is a conflict that names it, so
 * nothing is committed. It is what every {@link ProgrammeRepository} uses unless told otherwise.
 */
public final class ModelMerger implements ProgrammeMerger {

	@Override
	public Result merge(String path, byte[] base, byte[] ours, byte[] theirs) {
		Programme baseProgramme;
		Programme ourProgramme;
		Programme theirProgramme;
		try {
			baseProgramme = base == null ? null : load(path, "base", base); //$NON-NLS-1$
			ourProgramme = load(path, "ours", ours); //$NON-NLS-1$
			theirProgramme = load(path, "theirs", theirs); //$NON-NLS-1$
		} catch (ProgrammeFileException e) {
			return new Result(ours, List.of(e.getMessage()));
		}
		MergeResult result = ProgrammeMerge.merge(baseProgramme, ourProgramme, theirProgramme);
		ByteArrayOutputStream merged = new ByteArrayOutputStream();
		try {
			result.getProgramme().eResource().save(merged, null);
		} catch (IOException e) {
			return new Result(ours, List.of(NLS.bind(Messages.ModelMerger_cannotWrite, path, e.getMessage())));
		}
		return new Result(merged.toByteArray(), result.getConflicts().stream().map(Conflict::describe).toList());
	}

	private static Programme load(String path, String side, byte[] bytes) throws ProgrammeFileException {
		URI uri = URI.createURI(side + ".jwp"); //$NON-NLS-1$
		try {
			return ProgrammeStore.programme(new ProgrammeStore().load(new ByteArrayInputStream(bytes), uri, null));
		} catch (ProgrammeFileException e) {
			throw new ProgrammeFileException(null, e.getLine(), e.getColumn(),
					path + " (" + side + "): " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
