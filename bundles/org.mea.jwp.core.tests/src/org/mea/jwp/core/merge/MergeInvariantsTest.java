package org.mea.jwp.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;

/**
 * Random edits by both secretariats on the shipped programme: whatever they are, the conflicts do
 * not depend on which side is "ours", our edits are all in the merged programme, and each of their
 * edits is either in it or named by a conflict.
 */
class MergeInvariantsTest {

	private static void edit(Programme p, Random random, String side, int count) {
		for (int i = 0; i < count; i++) {
			List<Activity> all = p.activities();
			Activity a = all.get(random.nextInt(all.size()));
			switch (random.nextInt(5)) {
			case 0 -> a.setStatus(ActivityStatus.values()[random.nextInt(ActivityStatus.values().length)]);
			case 1 -> a.setText(side + " text " + i);
			case 2 -> a.getProgress().add(Sides.entry(LocalDate.of(2014, 1, 1 + i), side + " entry " + i));
			case 3 -> ((ActivityGroup) a.eContainer()).getActivities()
					.add(Sides.newActivity(side + "-" + i, side.toUpperCase() + i, side + " activity " + i));
			default -> {
				if (random.nextInt(3) == 0) {
					EcoreUtil.delete(a, true);
				}
			}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void noChangeIsLostAndConflictsAreSymmetric(long seed) throws Exception {
		Sides s = new Sides();
		edit(s.ours, new Random(seed), "bonn", 8);
		edit(s.theirs, new Random(seed * 31 + 7), "geneva", 8);

		MergeResult result = s.merge();
		MergeResult swapped = s.mergeSwapped();

		assertEquals(Sides.signature(result), Sides.signature(swapped), result::describe);
		Set<String> named = result.getConflicts().stream().map(Conflict::getElementId).collect(Collectors.toSet());
		Programme m = result.getProgramme();
		for (Activity ours : s.ours.activities()) {
			Activity base = Sides.activity(s.base, ours.getCode());
			Activity merged = Sides.activity(m, ours.getCode());
			if (base == null || !EcoreUtil.equals(base, ours)) {
				assertNotNull(merged, () -> "our " + ours.getCode() + " is lost:\n" + result.describe());
				if (base == null || base.getStatus() != ours.getStatus()) {
					assertEquals(ours.getStatus(), merged.getStatus(), ours.getCode());
				}
				if (base == null || !base.getText().equals(ours.getText())) {
					assertEquals(ours.getText(), merged.getText(), ours.getCode());
				}
				assertTrue(merged.getProgress().size() >= ours.getProgress().size(), ours.getCode());
			}
		}
		for (Activity theirs : s.theirs.activities()) {
			Activity base = Sides.activity(s.base, theirs.getCode());
			if (base != null && EcoreUtil.equals(base, theirs) || named.contains(theirs.getId())) {
				continue;
			}
			Activity merged = Sides.activity(m, theirs.getCode());
			assertNotNull(merged,
					() -> "their " + theirs.getCode() + " is lost without a conflict:\n" + result.describe());
			if (base == null || base.getStatus() != theirs.getStatus()) {
				assertEquals(theirs.getStatus(), merged.getStatus(), theirs.getCode());
			}
			if (base == null || !base.getText().equals(theirs.getText())) {
				assertEquals(theirs.getText(), merged.getText(), theirs.getCode());
			}
			assertTrue(merged.getProgress().size() >= theirs.getProgress().size(), theirs.getCode());
		}
	}
}
