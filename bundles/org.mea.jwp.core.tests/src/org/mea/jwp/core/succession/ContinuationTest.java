package org.mea.jwp.core.succession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.core.cycles.Deadlines;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.TimeframeKind;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** A programme continuing the 2012-2014 programme over 2015-2020. */
class ContinuationTest {

	private static Programme programme() throws Exception {
		return ProgrammeStore.programme(DefaultProgramme.load());
	}

	@Test
	void theOpenActivitiesGoOnEachNamingTheOneItContinues() throws Exception {
		Programme earlier = programme();
		earlier.findActivity("C1").setStatus(ActivityStatus.COMPLETED);
		earlier.findActivity("A2").setStatus(ActivityStatus.CANCELLED);
		Programme before = EcoreUtil.copy(earlier);
		List<Activity> open = Continuation.open(earlier);
		assertEquals(29, open.size(), "31 activities, one completed, one cancelled");

		Programme next = Continuation.from(earlier, 2015, 2020, open);
		assertTrue(EcoreUtil.equals(before, earlier), "the earlier programme is not changed");
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", next.getTitle());
		assertEquals("cms-cites-jwp-2015-2020", next.getId());
		assertEquals(2015, next.getPeriodStart());
		assertEquals(2020, next.getPeriodEnd());
		assertEquals("CMS-CITES Joint Work Programme 2012-2014", next.getPredecessor());
		assertEquals(open.stream().map(Activity::getCode).toList(),
				next.activities().stream().map(Activity::getCode).toList(),
				"the open activities in document order");
		assertEquals(open.stream().map(Activity::getCode).toList(),
				next.activities().stream().map(Activity::getContinues).toList());
		assertNull(next.findActivity("C1"), "completed: stays behind");

		Activity a1 = next.findActivity("A1");
		assertEquals(earlier.findActivity("A1").getText(), a1.getText());
		assertEquals(2015, a1.getTimeframe().getStartYear(), "a year of the earlier period becomes the new period");
		assertEquals(2020, a1.getTimeframe().getEndYear());
		assertTrue(a1.getProgress().isEmpty(), "progress stays with the earlier programme");
		Activity b2 = next.findActivity("B2");
		assertEquals(TimeframeKind.ONGOING, b2.getTimeframe().getKind(), "on-going stays on-going");

		// registries copied; every reference of the new programme stays inside it
		assertEquals(earlier.getTaxa().size(), next.getTaxa().size());
		assertEquals(earlier.getOrganizations().size(), next.getOrganizations().size());
		assertEquals(earlier.getBodies().size(), next.getBodies().size());
		assertTrue(next.getMeetings().stream().allMatch(m -> m.getYear() >= 2015 && m.getYear() <= 2020),
				"only the meetings of the new period");
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(next, true)) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
						&& reference.isMany()) {
					for (Object target : (List<?>) object.eGet(reference)) {
						assertSame(next, EcoreUtil.getRootContainer((EObject) target),
								object + "." + reference.getName());
					}
				}
			}
		}
		assertEquals(earlier.findActivity("B1").getSpecies().size(), next.findActivity("B1").getSpecies().size(),
				"the elephant activities keep their taxon");
		assertTrue(Diagnostician.INSTANCE.validate(next).getSeverity() < Diagnostic.ERROR,
				"the new programme is valid: " + Diagnostician.INSTANCE.validate(next));
	}

	@Test
	void theEarlierProgrammeRecordsWhereItsActivitiesWent() throws Exception {
		Programme earlier = programme();
		List<Activity> carried = List.of(earlier.findActivity("A1"), earlier.findActivity("B6"));
		Programme next = Continuation.from(earlier, 2015, 2020, carried);
		assertEquals(List.of("A1", "B6"), next.activities().stream().map(Activity::getCode).toList(),
				"only those chosen");
		Continuation.markCarriedForward(earlier, next, carried, LocalDate.of(2015, 1, 20));
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", earlier.getSuccessor());
		assertEquals("CMS-CITES Joint Work Programme 2015-2020", earlier.findActivity("B6").getCarriedForwardTo());
		assertNull(earlier.findActivity("B7").getCarriedForwardTo());
	}

	@Test
	void theEarlierProgrammeRecordsItsFinalBaselineInOneUndoableCommand() throws Exception {
		Programme earlier = programme();
		earlier.findActivity("B6").setStatus(ActivityStatus.COMPLETED);
		Programme before = EcoreUtil.copy(earlier);
		List<Activity> carried = Continuation.open(earlier);
		Programme next = Continuation.from(earlier, 2015, 2020, carried);
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create();
		domain.getCommandStack()
				.execute(Continuation.markCarriedForward(domain, earlier, next, carried, LocalDate.of(2015, 1, 20)));

		ReportingCycle last = earlier.getCycles().get(earlier.getCycles().size() - 1);
		assertSame(last, Continuation.finalCycle(earlier));
		assertEquals("cycle-final", last.getId());
		assertEquals(LocalDate.of(2014, 12, 31), last.getReportingDate(), "the last day of the period");
		assertEquals("body-cites-sc", last.getCommittee().getId(), "the first Standing Committee");
		assertEquals("End of period", Cycles.label(last));
		Baseline baseline = last.getBaseline();
		assertEquals(LocalDate.of(2014, 12, 31), baseline.getDate());
		assertEquals(LocalDate.of(2015, 1, 20), baseline.getRecordedOn());
		assertEquals(earlier.activities().size(), baseline.getEntries().size(), "every activity");
		assertEquals(ActivityStatus.COMPLETED, baseline.getEntries().stream().filter(e -> "B6".equals(e.getCode()))
				.findFirst().orElseThrow().getStatus(), "as the programme stands");
		assertTrue(baseline.getNote().contains("2012-2014"), baseline.getNote());
		assertEquals("Final report", Deadlines.of(earlier, DeadlineRules.defaults()).stream()
				.filter(d -> d.source() == last).findFirst().orElseThrow().title());

		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, earlier), "Undo takes all of it back");
		domain.getCommandStack().redo();
		assertSame(baseline, Continuation.finalCycle(earlier).getBaseline());
	}

	@Test
	void aFinalCycleOfTheProgrammeTakesTheBaselineAndOneAlreadyRecordedIsKept() throws Exception {
		Programme earlier = programme();
		ReportingCycle sc65 = Cycles.find(earlier, "cycle-sc65").orElseThrow();
		sc65.setFinalReport(true);
		int cycles = earlier.getCycles().size();
		List<Activity> carried = Continuation.open(earlier);
		Programme next = Continuation.from(earlier, 2015, 2020, carried);
		Continuation.markCarriedForward(earlier, next, carried, LocalDate.of(2015, 1, 20));
		assertEquals(cycles, earlier.getCycles().size(), "no cycle added");
		Baseline recorded = sc65.getBaseline();
		assertEquals(LocalDate.of(2014, 5, 1), recorded.getDate(), "at the cycle's own reporting date");

		Continuation.markCarriedForward(earlier, next, carried, LocalDate.of(2015, 3, 1));
		assertSame(recorded, sc65.getBaseline(), "a final baseline is never replaced");
		assertEquals(cycles, earlier.getCycles().size());
	}

	@Test
	void aPeriodThatIsNotAfterTheEarlierOneIsRefused() throws Exception {
		Programme earlier = programme();
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Continuation.from(earlier, 2014, 2016, List.of()))
				.getMessage().contains("must start after 2014"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Continuation.from(earlier, 2020, 2015, List.of()))
				.getMessage().contains("ends before it starts"));
		Programme other = programme();
		assertThrows(IllegalArgumentException.class,
				() -> Continuation.from(earlier, 2015, 2020, List.of(other.findActivity("A1"))));
	}
}
