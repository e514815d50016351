package org.mea.jwp.core.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.TimeframeKind;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** Recording baselines, comparing them, and keeping them as recorded. */
class BaselinesTest {

	private static final LocalDate TODAY = LocalDate.of(2014, 5, 2);

	@TempDir
	Path dir;

	private Resource resource;
	private Programme programme;
	/** A domain made like the workbench's: the item providers of org.mea.jwp.model.edit. */
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void load() throws Exception {
		resource = DefaultProgramme.load();
		programme = ProgrammeStore.programme(resource);
		domain = ProgrammeEditingDomains.create();
		domain.getResourceSet().getResources().add(resource);
	}

	private ReportingCycle cycle(String id) {
		return Cycles.find(programme, id).orElseThrow();
	}

	private Baseline record(String cycleId) {
		RecordBaselineCommand command = new RecordBaselineCommand(cycle(cycleId), TODAY);
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);
		return command.getBaseline();
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), () -> "cannot execute " + command);
		domain.getCommandStack().execute(command);
	}

	@Test
	void theEmbeddedProgrammeShipsTheBaselineAtAdoption() {
		ReportingCycle sc62 = cycle("cycle-sc62");
		Baseline baseline = sc62.getBaseline();
		assertNotNull(baseline);
		assertEquals(LocalDate.of(2012, 7, 23), baseline.getDate());
		assertEquals("SC62", Cycles.label(sc62));
		assertEquals(programme.activities().stream().map(Activity::getId).toList(),
				baseline.getEntries().stream().map(BaselineEntry::getActivityId).toList());
		assertEquals(31, baseline.getEntries().size());
		Set<ActivityStatus> adopted = EnumSet.of(ActivityStatus.NOT_STARTED, ActivityStatus.ONGOING);
		assertTrue(baseline.getEntries().stream().allMatch(e -> adopted.contains(e.getStatus())));
		// nothing has changed since adoption in the embedded programme
		assertTrue(Comparison.of(baseline, Baselines.snapshot(programme, TODAY, TODAY)).isEmpty());
	}

	@Test
	void recordingIsOneUndoableCommandNamedAfterTheMeeting() {
		ReportingCycle sc65 = cycle("cycle-sc65");
		RecordBaselineCommand command = new RecordBaselineCommand(sc65, TODAY);
		assertEquals("Record baseline for SC65", command.getLabel());
		domain.getCommandStack().execute(command);
		Baseline baseline = sc65.getBaseline();
		assertEquals(31, baseline.getEntries().size());
		assertEquals(LocalDate.of(2014, 5, 1), baseline.getDate(), "the cycle's reporting date");
		assertEquals(TODAY, baseline.getRecordedOn());
		assertFalse(new RecordBaselineCommand(sc65, TODAY).canExecute(), "a baseline is never replaced");

		domain.getCommandStack().undo();
		assertNull(sc65.getBaseline());
		domain.getCommandStack().redo();
		assertSame(baseline, sc65.getBaseline());
	}

	@Test
	void afterAStatusChangeAndANewProgressEntryExactlyThoseTwoActivitiesDiffer() {
		Baseline baseline = record("cycle-sc65");
		Activity a1 = programme.findActivity("A1");
		Activity b1 = programme.findActivity("B1");
		execute(SetCommand.create(domain, a1, Literals.ACTIVITY__STATUS, ActivityStatus.IN_PROGRESS));
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 6, 1));
		entry.setNarrative("Projects in Burkina Faso and Ghana under way.");
		execute(AddCommand.create(domain, b1, Literals.ACTIVITY__PROGRESS, entry));

		Comparison comparison = Comparison.of(baseline, Baselines.snapshot(programme, TODAY, TODAY));
		List<ActivityChange> changes = comparison.changes();
		assertEquals(List.of("A1", "B1"), changes.stream().map(ActivityChange::code).toList());
		assertEquals(EnumSet.of(ChangeKind.STATUS), changes.get(0).kinds());
		assertEquals("status: not started \u2192 in progress", changes.get(0).summary());
		assertEquals(EnumSet.of(ChangeKind.PROGRESS), changes.get(1).kinds());
		assertEquals("1 new progress entry", changes.get(1).summary());
		assertEquals(1, comparison.countsByTheme().get("A").get(ChangeKind.STATUS));
		assertEquals(1, comparison.countsByTheme().get("B").get(ChangeKind.PROGRESS));

		// the baseline itself did not follow the model
		assertEquals(ActivityStatus.NOT_STARTED, baseline.getEntries().get(0).getStatus());
		// and the adoption baseline compares equal to the SC65 one
		assertTrue(Comparison.of(cycle("cycle-sc62").getBaseline(), baseline).isEmpty());
	}

	@Test
	void addedRemovedLeadAndTimeframeChangesAreFound() {
		Baseline baseline = record("cycle-sc65");
		Activity a2 = programme.findActivity("A2");
		Activity a3 = programme.findActivity("A3");
		execute(SetCommand.create(domain, a2, Literals.ACTIVITY__LEAD, LeadSecretariat.CMS));
		execute(SetCommand.create(domain, a2.getTimeframe(), Literals.TIMEFRAME__KIND, TimeframeKind.RANGE));
		execute(SetCommand.create(domain, a2.getTimeframe(), Literals.TIMEFRAME__END_YEAR, 2013));
		execute(RemoveCommand.create(domain, a3));
		Activity added = JwpFactory.eINSTANCE.createActivity();
		added.setId("A9");
		added.setCode("A9");
		execute(AddCommand.create(domain, a2.eContainer(), Literals.ACTIVITY_GROUP__ACTIVITIES, added));

		Comparison comparison = Comparison.of(baseline, Baselines.snapshot(programme, TODAY, TODAY));
		assertEquals(List.of("A2", "A3", "A9"), comparison.changes().stream().map(ActivityChange::code).toList());
		assertEquals(EnumSet.of(ChangeKind.TIMEFRAME, ChangeKind.LEAD), comparison.changeOf("A2").kinds());
		assertEquals("timeframe: the year 2012 \u2192 from 2012 to 2013; lead: joint \u2192 CMS",
				comparison.changeOf("A2").summary());
		assertEquals(EnumSet.of(ChangeKind.REMOVED), comparison.changeOf("A3").kinds());
		assertEquals(EnumSet.of(ChangeKind.ADDED), comparison.changeOf("A9").kinds());
	}

	@Test
	void baselinesSurviveSaveAndReload() throws Exception {
		Baseline baseline = record("cycle-sc65");
		execute(SetCommand.create(domain, programme.findActivity("A1"), Literals.ACTIVITY__STATUS,
				ActivityStatus.COMPLETED));
		Path file = dir.resolve("programme.jwp");
		ProgrammeStore store = new ProgrammeStore();
		store.save(resource, file);

		Programme reloaded = ProgrammeStore.programme(store.load(file));
		Baseline again = Cycles.find(reloaded, "cycle-sc65").orElseThrow().getBaseline();
		assertNotNull(again);
		assertEquals(baseline.getDate(), again.getDate());
		assertTrue(Comparison.of(baseline, again).isEmpty(), "the reloaded baseline is the recorded one");
		assertEquals(List.of("A1"), Comparison.of(again, Baselines.snapshot(reloaded, TODAY, TODAY)).changes().stream()
				.map(ActivityChange::code).toList());
	}

	@Test
	void noEditingCommandOrPropertyCanChangeARecordedBaseline() {
		ReportingCycle sc62 = cycle("cycle-sc62");
		Baseline baseline = sc62.getBaseline();
		BaselineEntry entry = baseline.getEntries().get(0);

		assertFalse(SetCommand.create(domain, entry, Literals.BASELINE_ENTRY__STATUS, ActivityStatus.COMPLETED)
				.canExecute());
		assertFalse(SetCommand.create(domain, baseline, Literals.BASELINE__NOTE, "changed").canExecute());
		assertFalse(RemoveCommand.create(domain, baseline, Literals.BASELINE__ENTRIES, entry).canExecute());
		assertFalse(AddCommand
				.create(domain, baseline, Literals.BASELINE__ENTRIES, JwpFactory.eINSTANCE.createBaselineEntry())
				.canExecute());
		assertFalse(DeleteCommand.create(domain, entry).canExecute(), "delete an entry");
		assertFalse(DeleteCommand.create(domain, baseline).canExecute(), "delete the baseline");
		assertFalse(SetCommand.create(domain, sc62, Literals.REPORTING_CYCLE__BASELINE, null).canExecute(), "unset it");
		assertFalse(DeleteCommand.create(domain, sc62).canExecute(), "delete its cycle");

		IItemPropertySource properties = (IItemPropertySource) domain.getAdapterFactory().adapt(entry,
				IItemPropertySource.class);
		List<IItemPropertyDescriptor> descriptors = properties.getPropertyDescriptors(entry);
		assertFalse(descriptors.isEmpty());
		assertTrue(descriptors.stream().noneMatch(d -> d.canSetProperty(entry)), "every property is read-only");

		// the cycle's own narrative stays editable, and a cycle without baseline can be deleted
		assertTrue(
				SetCommand.create(domain, sc62, Literals.REPORTING_CYCLE__INTRODUCTION, "Since SC62 ...").canExecute());
		assertTrue(DeleteCommand.create(domain, cycle("cycle-stc40")).canExecute());
	}

	@Test
	void theComparisonBaseOfACycleIsTheLatestEarlierBaseline() {
		assertEquals("cycle-sc62", Cycles.previous(cycle("cycle-sc65")).orElseThrow().getId());
		assertTrue(Cycles.previous(cycle("cycle-sc62")).isEmpty());
		// the first CMS cycle falls back to the baseline at adoption
		assertEquals("cycle-sc62", Cycles.previous(cycle("cycle-stc40")).orElseThrow().getId());
		record("cycle-sc65");
		assertEquals("cycle-sc65", Cycles.previous(cycle("cycle-stc40")).orElseThrow().getId(),
				"StC40 has no date, so it comes after the cycles before it in the programme");
	}
}
