package org.mea.jwp.core.merge;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Programme;

/**
 * Model-aware three-way merge of two versions of a programme that share a base, as two
 * secretariats produce when each edits its own copy. Elements are matched by id and merged feature
 * by feature, following the metamodel by reflection: changes to different elements or different
 * features combine silently; what cannot be combined becomes a named {@link Conflict} and the
 * merged programme keeps our side. No change of either side is dropped without a conflict that
 * names it.
 */
public final class ProgrammeMerge {

	/** URI of the resource the merged programme is put in. */
	public static final URI MERGED_URI = URI.createURI("merged.jwp"); //$NON-NLS-1$

	private ProgrammeMerge() {
	}

	/**
	 * Merges {@code ours} and {@code theirs}, both derived from {@code base} (null when they share no
	 * history: everything is then an addition). The inputs are not changed.
	 */
	public static MergeResult merge(Programme base, Programme ours, Programme theirs) {
		return merge(base, ours, theirs, null);
	}

	/** As {@link #merge(Programme, Programme, Programme)}, validating with this reporting date. */
	public static MergeResult merge(Programme base, Programme ours, Programme theirs, LocalDate reportingDate) {
		MergeRun run = new MergeRun(base, ours, theirs);
		List<Conflict> conflicts = run.run();
		Programme merged = run.merged.root;
		Resource resource = JwpResourceFactory.newResource(MERGED_URI);
		resource.getContents().add(merged);
		Diagnostic validation = ProgrammeValidation.validate(merged, reportingDate);
		return new MergeResult(merged, conflicts, validation);
	}
}
