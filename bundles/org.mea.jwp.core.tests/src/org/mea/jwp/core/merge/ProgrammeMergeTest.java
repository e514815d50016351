package org.mea.jwp.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.RecordBaselineCommand;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** The three-way merge of programmes on the shipped CMS-CITES programme. */
class ProgrammeMergeTest {

	private static final LocalDate DAY = LocalDate.of(2014, 3, 2);

	private static Conflict only(MergeResult result, ConflictKind kind) {
		List<Conflict> of = result.getConflicts().stream().filter(c -> c.getKind() == kind).toList();
		assertEquals(1, of.size(), () -> kind + " expected once in:\n" + result.describe());
		return of.get(0);
	}

	private static AdapterFactoryEditingDomain domain() {
		return ProgrammeEditingDomains.create();
	}

	private static void execute(AdapterFactoryEditingDomain domain, Command command) {
		assertTrue(command.canExecute(), () -> "cannot execute " + command);
		domain.getCommandStack().execute(command);
	}

	@Test
	void mergingAProgrammeWithItselfIsIdentity() throws Exception {
		Sides s = new Sides();
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		assertTrue(EcoreUtil.equals(s.base, result.getProgramme()));
		assertTrue(EcoreUtil.equals(s.base, s.ours), "inputs untouched");
		assertTrue(EcoreUtil.equals(s.base, s.theirs), "inputs untouched");
		assertEquals("[]", ConflictFile.parse(result.toJson()).conflicts().toString());
	}

	@Test
	void disjointEditsMergeWithoutConflicts() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "A1").setStatus(ActivityStatus.COMPLETED);
		Sides.activity(s.theirs, "B6").getProgress().add(Sides.entry(DAY, "Theirs reported at SC65"));
		ActivityGroup group = Sides.groupOf(s.theirs, "A1");
		group.getActivities().add(1, Sides.newActivity("new-a", "A1bis", "A new joint activity"));
		Taxon renamed = s.ours.getTaxa().get(0);
		renamed.setNameAsPrinted("Loxodonta africana");
		int progressBefore = Sides.activity(s.base, "B6").getProgress().size();

		MergeResult result = s.merge();

		assertTrue(result.isClean(), result::describe);
		Programme m = result.getProgramme();
		assertEquals(ActivityStatus.COMPLETED, Sides.activity(m, "A1").getStatus());
		List<ProgressEntry> progress = Sides.activity(m, "B6").getProgress();
		assertEquals(progressBefore + 1, progress.size());
		assertEquals("Theirs reported at SC65", progress.get(progress.size() - 1).getNarrative());
		assertEquals(List.of("A1", "A1bis"), Sides.codes(Sides.groupOf(m, "A1")).subList(0, 2));
		assertEquals("Loxodonta africana", Sides.taxon(m, renamed.getId()).getNameAsPrinted());
		assertFalse(result.getValidation().getSeverity() == Diagnostic.ERROR && baseSeverity(s) != Diagnostic.ERROR,
				() -> result.getValidation().toString());
		assertNotSame(s.ours, m);
		assertEquals(ActivityStatus.NOT_STARTED, Sides.activity(s.base, "A1").getStatus(), "base untouched");
		assertNull(Sides.activity(s.ours, "A1bis"), "ours untouched");
	}

	private static int baseSeverity(Sides s) {
		return org.mea.jwp.core.validation.ProgrammeValidation.validate(s.base, null).getSeverity();
	}

	private static void assertNotSame(Object a, Object b) {
		assertFalse(a == b);
	}

	@Test
	void sameFeatureChangedDifferentlyIsAConflictHoldingOurs() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").setStatus(ActivityStatus.COMPLETED);
		Sides.activity(s.theirs, "B6").setStatus(ActivityStatus.DEFERRED);

		MergeResult result = s.merge();

		Conflict c = only(result, ConflictKind.CONCURRENT_CHANGE);
		assertEquals("B6", c.getElementId());
		assertEquals("status", c.getFeature());
		assertEquals("Activity B6 status: ours completed, theirs deferred (base "
				+ Sides.activity(s.base, "B6").getStatus().getLiteral() + ") [concurrent change]", c.describe());
		assertEquals(ActivityStatus.DEFERRED, c.getTheirs().value());
		Activity merged = Sides.activity(result.getProgramme(), "B6");
		assertEquals(ActivityStatus.COMPLETED, merged.getStatus());

		AdapterFactoryEditingDomain domain = domain();
		Resource target = JwpResourceFactory.newResource(org.eclipse.emf.common.util.URI.createURI("ours.jwp"));
		target.getContents().add(s.ours);
		domain.getResourceSet().getResources().add(target);
		execute(domain, result.command(domain, target, Map.of(c, Resolution.THEIRS)));
		assertSame(result.getProgramme(), target.getContents().get(0));
		assertEquals(ActivityStatus.DEFERRED, merged.getStatus());
		domain.getCommandStack().undo();
		assertSame(s.ours, target.getContents().get(0), "one undo takes back the whole merge");
		assertEquals(ActivityStatus.COMPLETED, merged.getStatus());
	}

	@Test
	void resolutionsTakeTheirsBaseOrAValue() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").setText("Ours");
		Sides.activity(s.theirs, "B6").setText("Theirs");
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.CONCURRENT_CHANGE);
		AdapterFactoryEditingDomain domain = domain();
		Activity merged = Sides.activity(result.getProgramme(), "B6");
		assertEquals("Ours", merged.getText());
		execute(domain, c.resolve(domain, Resolution.value("Both")));
		assertEquals("Both", merged.getText());
		execute(domain, c.resolve(domain, Resolution.BASE));
		assertEquals(Sides.activity(s.base, "B6").getText(), merged.getText());
		execute(domain, c.resolve(domain, Resolution.OURS));
		assertEquals(Sides.activity(s.base, "B6").getText(), merged.getText(), "OURS changes nothing");
	}

	@Test
	void insertionsAtDifferentPlacesKeepTheirNeighbours() throws Exception {
		Sides s = new Sides();
		List<String> before = Sides.codes(Sides.groupOf(s.base, "A1"));
		assertEquals(List.of("A1", "A2"), before);
		Sides.groupOf(s.ours, "A1").getActivities().add(1, Sides.newActivity("new-o", "Xo", "ours"));
		Sides.groupOf(s.ours, "A1").getActivities().add(Sides.newActivity("new-o2", "Xo2", "ours at the end"));
		Sides.groupOf(s.theirs, "A1").getActivities().add(0, Sides.newActivity("new-t", "Xt", "theirs"));
		Sides.groupOf(s.theirs, "A1").getActivities().add(Sides.newActivity("new-t2", "Xt2", "theirs at the end"));

		MergeResult result = s.merge();

		assertTrue(result.isClean(), result::describe);
		assertEquals(List.of("Xt", "A1", "Xo", "A2", "Xo2", "Xt2"),
				Sides.codes(Sides.groupOf(result.getProgramme(), "A1")));
		assertEquals(List.of("Xt", "A1", "Xo", "A2", "Xt2", "Xo2"),
				Sides.codes(Sides.groupOf(s.mergeSwapped().getProgramme(), "A1")),
				"each side's insertions after the same neighbour come first when it is ours");
	}

	@Test
	void bothSidesAppendingProgressEntriesKeepsBoth() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").getProgress().add(Sides.entry(DAY, "Bonn"));
		Sides.activity(s.theirs, "B6").getProgress().add(Sides.entry(DAY.plusDays(1), "Geneva"));
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		List<String> narratives = Sides.activity(result.getProgramme(), "B6").getProgress().stream()
				.map(ProgressEntry::getNarrative).toList();
		assertEquals(List.of("Bonn", "Geneva"), narratives.subList(narratives.size() - 2, narratives.size()));
	}

	/** The shipped programme has no progress entries yet: a base with one on B6. */
	private static Sides withProgress() throws Exception {
		return new Sides(p -> Sides.activity(p, "B6").getProgress().add(Sides.entry(DAY.minusYears(1), "base entry")));
	}

	@Test
	void sameProgressEntryEditedDifferentlyIsAConflict() throws Exception {
		Sides s = withProgress();
		Activity withProgress = Sides.activity(s.base, "B6");
		String code = withProgress.getCode();
		Sides.activity(s.ours, code).getProgress().get(0).setNarrative("ours");
		Sides.activity(s.theirs, code).getProgress().get(0).setNarrative("theirs");
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.CONCURRENT_CHANGE);
		assertEquals("progress", c.getFeature());
		assertEquals("ours", Sides.activity(result.getProgramme(), code).getProgress().get(0).getNarrative());
		AdapterFactoryEditingDomain domain = domain();
		execute(domain, c.resolve(domain, Resolution.THEIRS));
		assertEquals("theirs", Sides.activity(result.getProgramme(), code).getProgress().get(0).getNarrative());
		assertEquals(withProgress.getProgress().size(),
				Sides.activity(result.getProgramme(), code).getProgress().size());
	}

	@Test
	void editedProgressEntryOnOneSideIsTaken() throws Exception {
		Sides s = withProgress();
		Activity withProgress = Sides.activity(s.base, "B6");
		Sides.activity(s.theirs, withProgress.getCode()).getProgress().get(0).setNarrative("theirs");
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		assertEquals("theirs",
				Sides.activity(result.getProgramme(), withProgress.getCode()).getProgress().get(0).getNarrative());
	}

	@Test
	void deletingAnElementTheOtherSideEditedIsAConflict() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "A2").setText("edited by ours");
		EcoreUtil.delete(Sides.activity(s.theirs, "A2"), true);
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.DELETE_EDIT);
		assertEquals("A2", c.getElementId());
		assertEquals("edited by ours", Sides.activity(result.getProgramme(), "A2").getText());
		AdapterFactoryEditingDomain domain = domain();
		execute(domain, c.resolve(domain, Resolution.THEIRS));
		assertNull(Sides.activity(result.getProgramme(), "A2"));

		MergeResult swapped = s.mergeSwapped();
		Conflict d = only(swapped, ConflictKind.DELETE_EDIT);
		assertNull(Sides.activity(swapped.getProgramme(), "A2"), "the merged programme holds ours: deleted");
		AdapterFactoryEditingDomain other = domain();
		execute(other, d.resolve(other, Resolution.THEIRS));
		assertEquals("edited by ours", Sides.activity(swapped.getProgramme(), "A2").getText());
		assertEquals(Sides.codes(Sides.groupOf(s.base, "A2")),
				Sides.codes(Sides.groupOf(swapped.getProgramme(), "A2")));
	}

	@Test
	void deletingAnUneditedElementMergesSilently() throws Exception {
		Sides s = new Sides();
		EcoreUtil.delete(Sides.activity(s.theirs, "A2"), true);
		Sides.activity(s.ours, "A3").setText("ours");
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		assertNull(Sides.activity(result.getProgramme(), "A2"));
		assertEquals("ours", Sides.activity(result.getProgramme(), "A3").getText());
	}

	@Test
	void referenceToADeletedTaxonIsAConflict() throws Exception {
		Sides s = new Sides();
		Taxon unused = s.ours.getTaxa().get(s.ours.getTaxa().size() - 1);
		String id = unused.getId();
		EcoreUtil.delete(unused, true);
		Sides.activity(s.theirs, "A1").getSpecies().add(Sides.taxon(s.theirs, id));

		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.DANGLING_REFERENCE);
		assertEquals("A1", c.getElementId());
		assertEquals("species", c.getFeature());
		Programme m = result.getProgramme();
		assertTrue(m.getTaxa().stream().noneMatch(t -> id.equals(t.getId())), "ours deleted it");
		assertTrue(Sides.activity(m, "A1").getSpecies().stream().noneMatch(t -> id.equals(t.getId())));
		AdapterFactoryEditingDomain domain = domain();
		execute(domain, c.resolve(domain, Resolution.THEIRS));
		assertTrue(Sides.activity(m, "A1").getSpecies().stream().anyMatch(t -> id.equals(t.getId())));
		assertTrue(m.getTaxa().stream().anyMatch(t -> id.equals(t.getId())));

		MergeResult swapped = s.mergeSwapped();
		Conflict d = only(swapped, ConflictKind.DANGLING_REFERENCE);
		assertEquals("A1", d.getElementId());
		assertEquals("species", d.getFeature());
		assertTrue(swapped.getProgramme().getTaxa().stream().anyMatch(t -> id.equals(t.getId())), "ours keeps it");
		assertTrue(
				Sides.activity(swapped.getProgramme(), "A1").getSpecies().stream().anyMatch(t -> id.equals(t.getId())));
		assertEquals(Sides.signature(result), Sides.signature(swapped));
		AdapterFactoryEditingDomain other = domain();
		execute(other, d.resolve(other, Resolution.THEIRS));
		assertTrue(swapped.getProgramme().getTaxa().stream().noneMatch(t -> id.equals(t.getId())));
		assertTrue(Sides.activity(swapped.getProgramme(), "A1").getSpecies().stream()
				.noneMatch(t -> id.equals(t.getId())));
	}

	@Test
	void twoBaselinesForOneCycleAreAConflict() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "A1").setStatus(ActivityStatus.COMPLETED);
		new RecordBaselineCommand(Cycles.find(s.ours, "cycle-sc65").orElseThrow(), DAY).execute();
		Sides.activity(s.theirs, "B6").setStatus(ActivityStatus.COMPLETED);
		new RecordBaselineCommand(Cycles.find(s.theirs, "cycle-sc65").orElseThrow(), DAY).execute();

		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.TWO_BASELINES);
		assertEquals("cycle-sc65", c.getElementId());
		assertEquals("baseline", c.getFeature());
		assertTrue(EcoreUtil.equals(Cycles.find(s.ours, "cycle-sc65").get().getBaseline(),
				Cycles.find(result.getProgramme(), "cycle-sc65").get().getBaseline()));
		assertEquals(Sides.signature(result), Sides.signature(s.mergeSwapped()));
	}

	@Test
	void aBaselineRecordedOnOneSideIsTaken() throws Exception {
		Sides s = new Sides();
		new RecordBaselineCommand(Cycles.find(s.theirs, "cycle-sc65").orElseThrow(), DAY).execute();
		MergeResult result = s.merge();
		assertTrue(result.isClean(), result::describe);
		assertNotNull(Cycles.find(result.getProgramme(), "cycle-sc65").get().getBaseline());
	}

	@Test
	void recordedBaselinesStayFrozen() throws Exception {
		Sides s = new Sides();
		Cycles.find(s.theirs, "cycle-sc62").get().getBaseline().getEntries().get(0).setStatus(ActivityStatus.CANCELLED);
		Cycles.find(s.ours, "cycle-sc62").get().getBaseline().setNote("ours notes");
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.FROZEN_BASELINE);
		assertEquals("cycle-sc62", c.getElementId());
		assertTrue(EcoreUtil.equals(Cycles.find(s.base, "cycle-sc62").get().getBaseline(),
				Cycles.find(result.getProgramme(), "cycle-sc62").get().getBaseline()), "base kept");
		AdapterFactoryEditingDomain domain = domain();
		assertFalse(c.resolve(domain, Resolution.THEIRS).canExecute());
	}

	@Test
	void sameCodeForTwoNewActivitiesIsAConflict() throws Exception {
		Sides s = new Sides();
		Sides.groupOf(s.ours, "B6").getActivities().add(Sides.newActivity("new-bonn", "B99", "Bonn's new activity"));
		Sides.groupOf(s.theirs, "B6").getActivities()
				.add(Sides.newActivity("new-geneva", "B99", "Geneva's new activity"));
		MergeResult result = s.merge();
		Conflict c = only(result, ConflictKind.DUPLICATE_CODE);
		assertEquals("new-geneva", c.getElementId());
		assertEquals(2, result.getProgramme().activities().stream().filter(a -> "B99".equals(a.getCode())).count(),
				"both kept");
		AdapterFactoryEditingDomain domain = domain();
		execute(domain, c.resolve(domain, Resolution.value("B100")));
		assertEquals("Geneva's new activity", result.getProgramme().findActivity("B100").getText());
		assertEquals(Sides.signature(result).size(), Sides.signature(s.mergeSwapped()).size());
	}

	@Test
	void conflictsAreTheSameWhicheverSideIsOurs() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").setStatus(ActivityStatus.COMPLETED);
		Sides.activity(s.theirs, "B6").setStatus(ActivityStatus.DEFERRED);
		Sides.activity(s.ours, "A2").setText("edited");
		EcoreUtil.delete(Sides.activity(s.theirs, "A2"), true);
		Sides.activity(s.ours, "C1").setText("ours C1");
		Sides.activity(s.theirs, "C1").setText("theirs C1");
		Sides.activity(s.theirs, "C2").setStatus(ActivityStatus.COMPLETED);
		MergeResult result = s.merge();
		assertEquals(3, result.getConflicts().size(), result::describe);
		assertEquals(Sides.signature(result), Sides.signature(s.mergeSwapped()));
	}

	@Test
	void theMergedProgrammeSavesAndLoadsWithEveryConflictKindInIt(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").setStatus(ActivityStatus.COMPLETED);
		Sides.activity(s.theirs, "B6").setStatus(ActivityStatus.DEFERRED);
		Sides.activity(s.ours, "A2").setText("edited by ours");
		EcoreUtil.delete(Sides.activity(s.theirs, "A2"), true);
		Taxon unused = s.ours.getTaxa().get(s.ours.getTaxa().size() - 1);
		String id = unused.getId();
		EcoreUtil.delete(unused, true);
		Sides.activity(s.theirs, "A1").getSpecies().add(Sides.taxon(s.theirs, id));
		Taxon other = s.theirs.getTaxa().get(s.theirs.getTaxa().size() - 2);
		String otherId = other.getId();
		EcoreUtil.delete(other, true);
		Sides.activity(s.ours, "A3").getSpecies().add(Sides.taxon(s.ours, otherId));
		Sides.groupOf(s.ours, "B6").getActivities().add(Sides.newActivity("new-bonn", "B99", "Bonn"));
		Sides.groupOf(s.theirs, "B6").getActivities().add(Sides.newActivity("new-geneva", "B99", "Geneva"));
		new RecordBaselineCommand(Cycles.find(s.ours, "cycle-sc65").orElseThrow(), DAY).execute();
		new RecordBaselineCommand(Cycles.find(s.theirs, "cycle-sc65").orElseThrow(), DAY.plusDays(1)).execute();
		Cycles.find(s.theirs, "cycle-sc62").get().getBaseline().setNote("theirs");

		MergeResult result = s.merge();
		java.util.Set<ConflictKind> kinds = java.util.EnumSet.noneOf(ConflictKind.class);
		result.getConflicts().forEach(c -> kinds.add(c.getKind()));
		assertEquals(java.util.EnumSet.of(ConflictKind.CONCURRENT_CHANGE, ConflictKind.DELETE_EDIT,
				ConflictKind.DANGLING_REFERENCE, ConflictKind.DUPLICATE_CODE, ConflictKind.TWO_BASELINES,
				ConflictKind.FROZEN_BASELINE), kinds, result::describe);
		assertEquals(Sides.signature(result).size(), Sides.signature(s.mergeSwapped()).size());
		assertEquals(result.getConflicts().size(), ConflictFile.parse(result.toJson()).conflicts().size());

		java.nio.file.Path file = dir.resolve("merged.jwp");
		new org.mea.jwp.core.persistence.ProgrammeStore().save(result.getProgramme().eResource(), file);
		Programme loaded = org.mea.jwp.core.persistence.ProgrammeStore
				.programme(new org.mea.jwp.core.persistence.ProgrammeStore().load(file));
		assertTrue(EcoreUtil.equals(result.getProgramme(), loaded));
	}

	@Test
	void theWholeMergeWithItsResolutionsIsOneUndo() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").setStatus(ActivityStatus.COMPLETED);
		Sides.activity(s.theirs, "B6").setStatus(ActivityStatus.DEFERRED);
		Sides.activity(s.ours, "A2").setText("edited by ours");
		EcoreUtil.delete(Sides.activity(s.theirs, "A2"), true);
		Sides.groupOf(s.ours, "B6").getActivities().add(Sides.newActivity("new-bonn", "B99", "Bonn"));
		Sides.groupOf(s.theirs, "B6").getActivities().add(Sides.newActivity("new-geneva", "B99", "Geneva"));
		MergeResult result = s.merge();
		assertEquals(3, result.getConflicts().size(), result::describe);
		Map<Conflict, Resolution> choices = new java.util.HashMap<>();
		choices.put(only(result, ConflictKind.CONCURRENT_CHANGE), Resolution.THEIRS);
		choices.put(only(result, ConflictKind.DELETE_EDIT), Resolution.THEIRS);
		choices.put(only(result, ConflictKind.DUPLICATE_CODE), Resolution.value("B100"));

		AdapterFactoryEditingDomain domain = domain();
		Resource target = JwpResourceFactory.newResource(org.eclipse.emf.common.util.URI.createURI("ours.jwp"));
		target.getContents().add(s.ours);
		domain.getResourceSet().getResources().add(target);
		execute(domain, result.command(domain, target, choices));
		Programme m = (Programme) target.getContents().get(0);
		assertSame(result.getProgramme(), m);
		assertEquals(ActivityStatus.DEFERRED, Sides.activity(m, "B6").getStatus());
		assertNull(Sides.activity(m, "A2"));
		assertEquals("Geneva", m.findActivity("B100").getText());
		assertEquals("Bonn", m.findActivity("B99").getText());

		domain.getCommandStack().undo();
		assertSame(s.ours, target.getContents().get(0));
		assertEquals(ActivityStatus.COMPLETED, Sides.activity(m, "B6").getStatus());
		assertNotNull(Sides.activity(m, "A2"));
		assertEquals(2, m.activities().stream().filter(a -> "B99".equals(a.getCode())).count());
		domain.getCommandStack().redo();
		assertSame(m, target.getContents().get(0));
		assertNull(Sides.activity(m, "A2"));
	}

	@Test
	void conflictFileListsEveryConflict() throws Exception {
		Sides s = new Sides();
		Sides.activity(s.ours, "B6").setStatus(ActivityStatus.COMPLETED);
		Sides.activity(s.theirs, "B6").setStatus(ActivityStatus.DEFERRED);
		MergeResult result = s.merge();
		ConflictFile.Content content = ConflictFile.parse(result.toJson());
		assertEquals(ConflictFile.FORMAT, content.format());
		assertEquals(1, content.conflicts().size());
		ConflictFile.Entry e = content.conflicts().get(0);
		assertEquals("CONCURRENT_CHANGE", e.kind());
		assertEquals("B6", e.elementId());
		assertEquals("completed", e.ours());
		assertEquals("deferred", e.theirs());
	}
}
