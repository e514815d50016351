package org.mea.jwp.core.merge;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.Programme;

/**
 * What a three-way merge produced: the merged programme (a new model; the inputs are untouched), the
 * conflicts it could not settle, and the validation of the merged programme.
 */
public final class MergeResult {

	private final Programme programme;
	private final List<Conflict> conflicts;
	private final Diagnostic validation;

	MergeResult(Programme programme, List<Conflict> conflicts, Diagnostic validation) {
		this.programme = programme;
		this.conflicts = List.copyOf(conflicts);
		this.validation = validation;
	}

	/** The merged programme, in a resource of its own; it holds our side of every conflict. */
	public Programme getProgramme() {
		return programme;
	}

	public List<Conflict> getConflicts() {
		return conflicts;
	}

	/** Whether the merge settled everything by itself. */
	public boolean isClean() {
		return conflicts.isEmpty();
	}

	/** The validation of the merged programme (before any resolution). */
	public Diagnostic getValidation() {
		return validation;
	}

	/** One line per conflict, for a console or a log. */
	public String describe() {
		StringBuilder b = new StringBuilder();
		for (Conflict c : conflicts) {
			b.append(c.describe()).append('\n');
		}
		return b.toString();
	}

	/** The conflict list as JSON, for the conflict file a Git merge driver leaves next to the programme. */
	public String toJson() {
		return ConflictFile.toJson(conflicts);
	}

	/**
	 * The whole merge as one undoable command: the programme in {@code target} is replaced by the
	 * merged one, then each given resolution is applied. Undo gives back the programme as it was.
	 */
	public Command command(EditingDomain domain, Resource target, Map<Conflict, Resolution> resolutions) {
		CompoundCommand merge = new CompoundCommand(Messages.MergeResult_merge);
		EObject current = target.getContents().isEmpty() ? null : target.getContents().get(0);
		if (current == null) {
			merge.append(new org.eclipse.emf.edit.command.AddCommand(domain, target.getContents(), programme));
		} else {
			merge.append(new ReplaceCommand(domain, target.getContents(), current, List.of(programme)));
		}
		for (Conflict conflict : conflicts) {
			Resolution resolution = resolutions.get(conflict);
			if (resolution != null) {
				merge.append(new DeferredCommand(conflict.describe(), () -> conflict.resolve(domain, resolution)));
			}
		}
		return merge;
	}
}
