package org.mea.jwp.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** Moves between lists, reorderings, reference lists and list entries deleted against edited. */
class ListAndMoveMergeTest {

	private static final LocalDate DAY = LocalDate.of(2014, 3, 2);

	private static Conflict only(MergeResult result, ConflictKind kind) {
		List<Conflict> of = result.getConflicts().stream().filter(c -> c.getKind() == kind).toList();
		assertEquals(1, of.size(), () -> kind + " expected once in:\n" + result.describe());
		return of.get(0);
	}

	private static void execute(Command command) {
		assertTrue(command.canExecute(), () -> "cannot execute " + command);
		ProgrammeEditingDomains.create()
				.getCommandStack().execute(command);
	}

	private static AdapterFactoryEditingDomain domain() {
		return ProgrammeEditingDomains.create();
	}

	@Test
	void anElementMovedOnOneSideAndEditedOnTheOtherIsBoth() throws Exception {
		Sides s = new Sides();
		ActivityGroup target = Sides.groupOf(s.theirs, "B6");
		target.getActivities().add(0, Sides.activity(s.theirs, "A2"));
		Sides.activity(s.ours, "A2").setText("ours");
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		Activity merged = Sides.activity(result.getProgramme(), "A2");
		assertEquals("ours", merged.getText());
		assertEquals("B6", Sides.codes((ActivityGroup) merged.eContainer())
				.get(Sides.codes((ActivityGroup) merged.eContainer()).indexOf("A2") + 1));
		assertEquals(1, result.getProgramme().activities().stream().filter(a -> "A2".equals(a.getCode())).count());
	}

	@Test
	void movingToTwoPlacesIsAConflict() throws Exception {
		Sides s = new Sides();
		Sides.groupOf(s.ours, "B6").getActivities().add(Sides.activity(s.ours, "A2"));
		Sides.groupOf(s.theirs, "C1").getActivities().add(Sides.activity(s.theirs, "A2"));
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.CONCURRENT_MOVE);
		assertEquals("A2", c.getElementId());
		Activity merged = Sides.activity(result.getProgramme(), "A2");
		assertSame(Sides.groupOf(result.getProgramme(), "B6"), merged.eContainer(), "ours holds");
		execute(c.resolve(domain(), Resolution.THEIRS));
		assertSame(Sides.groupOf(result.getProgramme(), "C1"), merged.eContainer());
		assertEquals(Sides.signature(result), Sides.signature(s.mergeSwapped()));
	}

	@Test
	void movingAnElementTheOtherSideDeletedIsAConflict() throws Exception {
		Sides s = new Sides();
		Sides.groupOf(s.ours, "B6").getActivities().add(Sides.activity(s.ours, "A2"));
		EcoreUtil.delete(Sides.activity(s.theirs, "A2"), true);
		MergeResult result = s.merge();
		assertEquals("A2", only(result, ConflictKind.DELETE_EDIT).getElementId());
		assertEquals(Sides.signature(result), Sides.signature(s.mergeSwapped()));
	}

	@Test
	void reorderingsOfBothSidesAreAConflictUnlessTheyAgree() throws Exception {
		Sides s = new Sides();
		List<Activity> oursList = Sides.groupOf(s.ours, "B6").getActivities();
		List<String> base = Sides.codes(Sides.groupOf(s.base, "B6"));
		assertTrue(base.size() >= 3, base::toString);
		((org.eclipse.emf.common.util.EList<Activity>) oursList).move(0, oursList.size() - 1);
		org.eclipse.emf.common.util.EList<Activity> theirsList = Sides.groupOf(s.theirs, "B6").getActivities();
		theirsList.move(0, 1);
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.LIST_ORDER);
		assertEquals("activities", c.getFeature());
		assertEquals(Sides.codes(Sides.groupOf(s.ours, "B6")), Sides.codes(Sides.groupOf(result.getProgramme(), "B6")));
		execute(c.resolve(domain(), Resolution.THEIRS));
		assertEquals(Sides.codes(Sides.groupOf(s.theirs, "B6")),
				Sides.codes(Sides.groupOf(result.getProgramme(), "B6")));
	}

	@Test
	void aReorderingOnOneSideKeepsTheOtherSidesInsertion() throws Exception {
		Sides s = new Sides();
		org.eclipse.emf.common.util.EList<Activity> theirsList = Sides.groupOf(s.theirs, "B6").getActivities();
		theirsList.move(0, theirsList.size() - 1);
		Sides.groupOf(s.ours, "B6").getActivities().add(1, Sides.newActivity("new-o", "Xo", "ours"));
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		List<String> merged = Sides.codes(Sides.groupOf(result.getProgramme(), "B6"));
		List<String> oursCodes = Sides.codes(Sides.groupOf(s.ours, "B6"));
		String before = oursCodes.get(0);
		assertEquals(merged.indexOf(before) + 1, merged.indexOf("Xo"), merged::toString);
		assertEquals(theirsList.size() + 1, merged.size());
	}

	@Test
	void speciesReferencesMergeByPosition() throws Exception {
		Sides s = new Sides();
		List<String> base = Sides.activity(s.base, "A3").getSpecies().stream().map(Taxon::getId).toList();
		Taxon first = s.base.getTaxa().get(0);
		Taxon last = s.base.getTaxa().get(s.base.getTaxa().size() - 1);
		Sides.activity(s.ours, "A3").getSpecies().add(0, Sides.taxon(s.ours, first.getId()));
		Sides.activity(s.theirs, "A3").getSpecies().add(Sides.taxon(s.theirs, last.getId()));
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		List<String> merged = Sides.activity(result.getProgramme(), "A3").getSpecies().stream().map(Taxon::getId)
				.toList();
		List<String> expected = new java.util.ArrayList<>();
		expected.add(first.getId());
		expected.addAll(base);
		expected.add(last.getId());
		assertEquals(expected, merged);
	}

	@Test
	void aProgressEntryDeletedOnOneSideAndEditedOnTheOtherIsAConflict() throws Exception {
		Sides s = new Sides(p -> Sides.activity(p, "B6").getProgress().add(Sides.entry(DAY, "base entry")));
		Sides.activity(s.ours, "B6").getProgress().clear();
		Sides.activity(s.theirs, "B6").getProgress().get(0).setNarrative("theirs");
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.DELETE_EDIT);
		assertEquals("progress", c.getFeature());
		assertTrue(Sides.activity(result.getProgramme(), "B6").getProgress().isEmpty(), "ours holds: deleted");
		execute(c.resolve(domain(), Resolution.THEIRS));
		assertEquals("theirs", Sides.activity(result.getProgramme(), "B6").getProgress().get(0).getNarrative());
		assertEquals(Sides.signature(result), Sides.signature(s.mergeSwapped()));
	}

	@Test
	void withoutABaseEqualProgrammesMergeCleanly() throws Exception {
		Sides s = new Sides();
		MergeResult result = ProgrammeMerge.merge(null, s.ours, s.theirs);
		assertTrue(result.isClean(), result::describe);
		assertTrue(EcoreUtil.equals(s.ours, result.getProgramme()));
		Programme deleted = EcoreUtil.copy(s.base);
		assertNull(ProgrammeMerge.merge(s.base, deleted, deleted).getProgramme().findActivity("none"));
	}
}
