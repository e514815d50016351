package org.mea.jwp.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.internal.validation.ConstraintRegistry;
import org.mea.jwp.core.validation.ConstraintDescriptor;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/** Each built-in constraint: a case that fails it and one that passes. */
class ConstraintsTest {

	private static final JwpFactory F = JwpFactory.eINSTANCE;
	private static final LocalDate REPORTING = LocalDate.of(2014, 12, 31);

	private Programme programme;
	private Theme themeB;
	private ActivityGroup sharks;
	private Taxon whaleShark;

	@BeforeEach
	void smallProgramme() {
		programme = F.createProgramme();
		programme.setPeriodStart(2012);
		programme.setPeriodEnd(2014);
		whaleShark = F.createTaxon();
		whaleShark.setNameAsPrinted("Rhincodon typus");
		programme.getTaxa().add(whaleShark);
		themeB = F.createTheme();
		themeB.setLetter("B");
		themeB.getFocusTaxa().add(whaleShark);
		programme.getThemes().add(themeB);
		sharks = F.createActivityGroup();
		sharks.setName("Sharks");
		themeB.getGroups().add(sharks);
	}

	private Activity activity(String code, String timeframe) {
		Activity activity = F.createActivity();
		activity.setCode(code);
		activity.setLead(LeadSecretariat.JOINT);
		activity.setStatus(ActivityStatus.IN_PROGRESS);
		activity.setTimeframe(Timeframes.parse(timeframe));
		activity.getSpecies().add(whaleShark);
		sharks.getActivities().add(activity);
		return activity;
	}

	private static ConstraintDescriptor constraint(String id) {
		return ConstraintRegistry.builtins().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	private List<Diagnostic> findings(String id) {
		return ProgrammeValidation.validate(programme, REPORTING, List.of(constraint(id))).getChildren().stream()
				.filter(d -> d.getCode() >= 1000).toList();
	}

	private static void assertFinding(List<Diagnostic> findings, int severity, EObject on, String text) {
		assertEquals(1, findings.size(), findings.toString());
		Diagnostic d = findings.get(0);
		assertEquals(severity, d.getSeverity());
		assertSame(on, d.getData().get(0), "the finding must point at the element");
		assertTrue(d.getMessage().contains(text), d.getMessage());
	}

	@Test
	void duplicateCodes() {
		activity("B6", "2012");
		assertEquals(List.of(), findings("org.mea.jwp.core.activity.code.unique"));
		Activity second = activity("B6", "2013");
		assertFinding(findings("org.mea.jwp.core.activity.code.unique"), Diagnostic.ERROR, second,
				"the code \"B6\" is used by 2 activities");
	}

	@Test
	void missingLead() {
		Activity activity = activity("B7", "2012");
		assertEquals(List.of(), findings("org.mea.jwp.core.activity.lead"));
		activity.setLead(LeadSecretariat.UNASSIGNED);
		assertFinding(findings("org.mea.jwp.core.activity.lead"), Diagnostic.ERROR, activity,
				"Activity B7 has no lead secretariat");
	}

	@Test
	void timeframeOutsideThePeriod() {
		Activity activity = activity("B10", "2014");
		assertEquals(List.of(), findings("org.mea.jwp.core.activity.timeframe.period"));
		activity.setTimeframe(Timeframes.parse("2014-15"));
		assertFinding(findings("org.mea.jwp.core.activity.timeframe.period"), Diagnostic.ERROR, activity,
				"\"2014-15\" (from 2014 to 2015) lies outside the programme period 2012\u20132014");
	}

	@Test
	void sharedSpeciesActivityWithoutSpecies() {
		Activity activity = activity("B19", "2012-13");
		assertEquals(List.of(), findings("org.mea.jwp.core.activity.species"));
		activity.getSpecies().clear();
		assertFinding(findings("org.mea.jwp.core.activity.species"), Diagnostic.WARNING, activity,
				"Activity B19 belongs to theme B (shared species) but names no species");
	}

	@Test
	void progressOutsideThePeriodOrUndated() {
		Activity activity = activity("B1", "2012-2014");
		ProgressEntry entry = F.createProgressEntry();
		entry.setDate(LocalDate.of(2013, 7, 1));
		activity.getProgress().add(entry);
		assertEquals(List.of(), findings("org.mea.jwp.core.progress.period"));
		entry.setDate(LocalDate.of(2016, 1, 5));
		assertFinding(findings("org.mea.jwp.core.progress.period"), Diagnostic.WARNING, entry,
				"Progress entry 2016-01-05 of B1 is dated outside the programme period");
		entry.setDate(null);
		assertFinding(findings("org.mea.jwp.core.progress.period"), Diagnostic.WARNING, entry, "has no date");
	}

	@Test
	void overdueActivity() {
		Activity activity = activity("A5", "2012-13");
		activity.setStatus(ActivityStatus.COMPLETED);
		assertEquals(List.of(), findings("org.mea.jwp.core.activity.overdue"));
		activity.setStatus(ActivityStatus.IN_PROGRESS);
		assertFinding(findings("org.mea.jwp.core.activity.overdue"), Diagnostic.WARNING, activity,
				"Activity A5 is overdue: its timeframe \"2012-13\" ended on 2013-12-31 and its status is \"in progress\" on 2014-12-31");
	}

	@Test
	void conventionsDifferIsInformation() {
		Taxon leopard = F.createTaxon();
		leopard.setNameAsPrinted("Uncia uncia");
		leopard.setCitesName("Panthera uncia");
		leopard.setCmsName("Panthera uncia");
		programme.getTaxa().add(leopard);
		assertEquals(List.of(), findings("org.mea.jwp.core.taxon.conventions"));
		leopard.setCmsName("Uncia uncia");
		assertFinding(findings("org.mea.jwp.core.taxon.conventions"), Diagnostic.INFO, leopard,
				"CITES uses the name \"Panthera uncia\", CMS \"Uncia uncia\"");
		leopard.setCmsName("Panthera uncia");
		leopard.setCitesAppendix(AppendixListing.I);
		leopard.setCmsAppendix(AppendixListing.BOTH);
		assertFinding(findings("org.mea.jwp.core.taxon.conventions"), Diagnostic.INFO, leopard,
				"listed in CITES Appendix I and CMS Appendix I and II");
	}

	@Test
	void aFailingRuleIsReportedAndTheOthersStillRun() {
		activity("B7", "2012").setLead(LeadSecretariat.UNASSIGNED);
		ConstraintDescriptor broken = new ConstraintDescriptor("test.broken", "Broken rule", Diagnostic.WARNING,
				JwpPackage.Literals.ACTIVITY, (target, context) -> {
					throw new IllegalStateException("boom");
				});
		List<Diagnostic> findings = ProgrammeValidation
				.validate(programme, REPORTING, List.of(broken, constraint("org.mea.jwp.core.activity.lead")))
				.getChildren();
		assertTrue(findings.stream().anyMatch(d -> d.getMessage().contains("\"Broken rule\" (test.broken) failed")),
				findings.toString());
		assertTrue(findings.stream().anyMatch(d -> d.getMessage().contains("has no lead")), findings.toString());
	}

	@Test
	void requiredFeaturesAreCheckedWithReadableLabels() {
		Activity activity = activity("B9", "2012");
		activity.setCode(null);
		List<Diagnostic> findings = ProgrammeValidation.validate(programme, REPORTING, List.of()).getChildren();
		assertTrue(
				findings.stream()
						.anyMatch(d -> d.getSeverity() == Diagnostic.ERROR && d.getMessage().contains("'code'")),
				findings.toString());
	}
}
