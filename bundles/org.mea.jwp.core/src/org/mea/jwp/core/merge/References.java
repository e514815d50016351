package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Identified;

/**
 * After the structure is merged: references in the merged programme to elements that are no longer
 * part of it. An element their side deleted that our side still refers to is put back where ours
 * has it (our side holds it), and the deletion becomes a conflict; a reference to anything else
 * that is gone is removed, also as a conflict, so that the merged programme always saves.
 */
final class References {

	private record Dangling(EObject owner, EReference reference, EObject target) {
	}

	private final MergeRun run;
	private final Set<String> restored = new HashSet<>();

	References(MergeRun run) {
		this.run = run;
	}

	void restore() {
		for (int round = 0; round < 8; round++) {
			List<Dangling> dangling = find();
			if (dangling.isEmpty()) {
				return;
			}
			for (Dangling d : dangling) {
				if (run.merged.isAttached(d.target()) || reattach(d)) {
					kept(d);
				} else {
					remove(d);
				}
			}
		}
	}

	private List<Dangling> find() {
		List<Dangling> found = new ArrayList<>();
		for (EObject owner : run.mergedContents()) {
			for (EStructuralFeature f : Features.of(owner.eClass())) {
				if (!(f instanceof EReference r) || r.isContainment()) {
					continue;
				}
				for (Object target : f.isMany() ? (List<?>) owner.eGet(f)
						: java.util.Collections.singletonList(owner.eGet(f))) {
					if (target instanceof EObject t && !run.merged.isAttached(t)) {
						found.add(new Dangling(owner, r, t));
					}
				}
			}
		}
		return found;
	}

	/** Puts the outermost detached container of the target back where our side has it. */
	private boolean reattach(Dangling d) {
		EObject top = d.target();
		while (top.eContainer() != null) {
			top = top.eContainer();
		}
		if (!(top instanceof Identified element) || !run.ours().has(element.getId())) {
			return false;
		}
		Identified original = run.ours().get(element.getId());
		Identified parent = run.merged.attached(SideIndex.parentId(original));
		if (parent == null) {
			return false;
		}
		EStructuralFeature f = original.eContainingFeature();
		if (f.isMany()) {
			@SuppressWarnings("unchecked")
			List<Object> list = (List<Object>) parent.eGet(f);
			int index = ((List<?>) original.eContainer().eGet(f)).indexOf(original);
			list.add(Math.min(index, list.size()), element);
		} else {
			parent.eSet(f, element);
		}
		return true;
	}

	/**
	 * Named like the conflict of the opposite merge (their reference dropped because we deleted the
	 * element): on the referring element and feature, so that the conflicts do not depend on which
	 * side is ours.
	 */
	private void kept(Dangling d) {
		if (!(d.target() instanceof Identified target)) {
			return;
		}
		String ownerId = d.owner() instanceof Identified i ? i.getId() : null;
		if (!restored.add(ownerId + '/' + d.reference().getName() + '/' + target.getId())) {
			return;
		}
		run.add(new Conflict(ConflictKind.DANGLING_REFERENCE, ownerId, Labels.of(d.owner()), d.reference().getName(),
				Conflict.side(run.base().get(target.getId())),
				Conflict.text(NLS.bind(Messages.References_refersKept, Labels.of(target)),
						run.ours().get(target.getId())),
				Conflict.text(NLS.bind(Messages.MergeRun_elementDeleted, Labels.of(target)), null),
				Resolvers.deleteOnTheirs(run.merged, target.getId())));
	}

	private void remove(Dangling d) {
		if (d.reference().isMany()) {
			((List<?>) d.owner().eGet(d.reference())).remove(d.target());
		} else {
			d.owner().eSet(d.reference(), null);
		}
		String ownerId = d.owner() instanceof Identified i ? i.getId() : null;
		run.add(new Conflict(ConflictKind.DANGLING_REFERENCE, ownerId, Labels.of(d.owner()), d.reference().getName(),
				Conflict.side(null), Conflict.text(Messages.References_removed, null), Conflict.side(d.target()),
				Resolvers.keepOnly()));
	}
}
