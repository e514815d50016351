package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.JwpPackage;

/**
 * Two secretariats that each add "B7" produce two activities with one code: both stay in the merged
 * programme (neither side's work is lost) and the clash is a conflict on their activity. Codes
 * that were already shared in the base are left to validation.
 */
final class DuplicateCodes {

	private final MergeRun run;

	DuplicateCodes(MergeRun run) {
		this.run = run;
	}

	void check() {
		Map<String, Integer> inBase = new HashMap<>();
		if (run.base().root != null) {
			for (Activity a : run.base().root.activities()) {
				inBase.merge(String.valueOf(a.getCode()), 1, Integer::sum);
			}
		}
		Map<String, List<Activity>> byCode = new LinkedHashMap<>();
		for (Activity a : run.merged.root.activities()) {
			if (a.getCode() != null && !a.getCode().isBlank()) {
				byCode.computeIfAbsent(a.getCode(), c -> new ArrayList<>(2)).add(a);
			}
		}
		for (Map.Entry<String, List<Activity>> e : byCode.entrySet()) {
			if (e.getValue().size() > 1 && inBase.getOrDefault(e.getKey(), 0) < 2) {
				clash(e.getKey(), e.getValue());
			}
		}
	}

	/** Whether the activity's code in the merged programme came from their side. */
	private boolean codeFromTheirs(Activity a) {
		Identified o = run.ours().get(a.getId());
		return !(o instanceof Activity ours) || !a.getCode().equals(ours.getCode());
	}

	private void clash(String code, List<Activity> activities) {
		Activity theirs = activities.stream().filter(this::codeFromTheirs).findFirst().orElse(null);
		Activity ours = activities.stream().filter(a -> a != theirs).findFirst().orElse(null);
		if (theirs == null || ours == null) {
			return;
		}
		String oursId = ours.getId();
		String theirsId = theirs.getId();
		Identified inBase = run.base().get(theirsId);
		Object baseCode = inBase instanceof Activity b ? b.getCode() : null;
		run.add(new Conflict(ConflictKind.DUPLICATE_CODE, theirsId, Labels.of(theirs), "code", //$NON-NLS-1$
				Conflict.side(baseCode),
				Conflict.text(NLS.bind(Messages.DuplicateCodes_codeFor, code, text(ours)), run.ours().get(oursId)),
				Conflict.text(NLS.bind(Messages.DuplicateCodes_codeFor, code, text(theirs)),
						run.theirs().get(theirsId)),
				(domain, r) -> {
					Identified mine = run.merged.attached(oursId);
					Identified other = run.merged.attached(theirsId);
					return switch (r.choice()) {
					case OURS -> other == null ? UnexecutableCommand.INSTANCE
							: new RemoveCommand(domain, other.eContainer(), other.eContainingFeature(), other);
					case THEIRS -> mine == null ? UnexecutableCommand.INSTANCE
							: new RemoveCommand(domain, mine.eContainer(), mine.eContainingFeature(), mine);
					case VALUE -> other == null ? UnexecutableCommand.INSTANCE
							: new SetCommand(domain, other, JwpPackage.Literals.ACTIVITY__CODE, r.value());
					case BASE -> new IdentityCommand();
					};
				}));
	}

	private static String text(Activity a) {
		return Display.of(a.getText());
	}
}
