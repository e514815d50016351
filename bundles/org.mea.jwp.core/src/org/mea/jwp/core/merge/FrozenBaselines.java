package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Baseline;

/**
 * The merge rule for a cycle's baseline. A baseline recorded before the merge base is frozen: a
 * side that altered or removed it is a conflict and the merged programme keeps the base's record.
 * A baseline recorded on one side since the base is taken; two different ones recorded for the same
 * cycle are a conflict, and ours is kept.
 */
final class FrozenBaselines {

	private final MergeRun run;

	FrozenBaselines(MergeRun run) {
		this.run = run;
	}

	void decide(String id, EObject cycle, EStructuralFeature f, Keys.Values base, Keys.Values ours,
			Keys.Values theirs) {
		Object b = base.values().get(0);
		Object o = ours.values().get(0);
		Object t = theirs.values().get(0);
		MergedModel merged = run.merged;
		String label = Labels.of(run.ours().has(id) ? run.ours().get(id) : run.theirs().get(id));
		if (b != null) {
			boolean oursAltered = !ours.keys().equals(base.keys());
			boolean theirsAltered = !theirs.keys().equals(base.keys());
			if (!oursAltered && !theirsAltered) {
				return;
			}
			if (oursAltered) {
				cycle.eSet(f, merged.copy((EObject) b));
			}
			run.add(new Conflict(ConflictKind.FROZEN_BASELINE, id, label, f.getName(), side(b),
					oursAltered ? altered(o) : side(o), theirsAltered ? altered(t) : side(t), Resolvers.keepOnly()));
			return;
		}
		if (ours.keys().equals(theirs.keys()) || t == null) {
			return;
		}
		if (o == null) {
			cycle.eSet(f, merged.copy((EObject) t));
			return;
		}
		run.add(new Conflict(ConflictKind.TWO_BASELINES, id, label, f.getName(), side(null), side(o), side(t),
				Resolvers.feature(merged, id, f, () -> merged.copy((EObject) t), () -> null)));
	}

	private static Conflict.Side side(Object baseline) {
		return Conflict.text(baseline instanceof Baseline b ? describe(b) : Messages.Display_none, baseline);
	}

	private static Conflict.Side altered(Object baseline) {
		return Conflict.text(baseline == null ? Messages.FrozenBaselines_removed
				: NLS.bind(Messages.FrozenBaselines_altered, describe((Baseline) baseline)), baseline);
	}

	static String describe(Baseline b) {
		return NLS.bind(Messages.FrozenBaselines_baseline,
				new Object[] { b.getDate(), b.getRecordedOn(), b.getEntries().size() });
	}
}
