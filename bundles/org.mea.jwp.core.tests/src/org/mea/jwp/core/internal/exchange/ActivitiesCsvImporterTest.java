package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.defaultProgramme;
import static org.mea.jwp.core.internal.exchange.Imports.domain;
import static org.mea.jwp.core.internal.exchange.Imports.export;
import static org.mea.jwp.core.internal.exchange.Imports.plan;
import static org.mea.jwp.core.internal.exchange.Imports.problemOn;
import static org.mea.jwp.core.internal.exchange.Imports.where;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.TimeframeKind;

/** Activities (CSV): updates by code, new activities placed in their group, bad values named by line. */
class ActivitiesCsvImporterTest {

	private final ActivitiesCsvImporter importer = new ActivitiesCsvImporter();

	@Test
	void updatesStatusAndTimeframeAndRejectsUnknownValuesWithTheirLine() throws Exception {
		Programme programme = defaultProgramme();
		Programme before = EcoreUtil.copy(programme);
		ImportPlan plan = plan(importer, programme, """
				Code;Status;Timeframe
				A1;On-going;2012-13
				A2;finished;2012
				A3;not started;sometime soon
				""");
		assertEquals(List.of("3 ERROR", "4 ERROR"), where(plan));
		String status = problemOn(plan, 3).message();
		assertTrue(status.contains("\"Status\"") && status.contains("\"finished\"") && status.contains("on-going"),
				status);
		String timeframe = problemOn(plan, 4).message();
		assertTrue(timeframe.contains("\"Timeframe\"") && timeframe.contains("sometime soon"), timeframe);
		assertEquals("0 activities added, 1 updated; 2 rows skipped", plan.summary());
		assertTrue(EcoreUtil.equals(before, programme), "planning changes nothing");

		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		Activity a1 = programme.findActivity("A1");
		assertEquals(ActivityStatus.ONGOING, a1.getStatus());
		assertEquals(TimeframeKind.RANGE, a1.getTimeframe().getKind());
		assertEquals(2013, a1.getTimeframe().getEndYear());
		assertEquals("2012-13", a1.getTimeframe().getOriginal());
		assertEquals(ActivityStatus.NOT_STARTED, programme.findActivity("A2").getStatus(), "row skipped");

		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, programme), "undo restores status and timeframe");
	}

	@Test
	void newActivitiesGoIntoTheGroupTheyName() throws Exception {
		Programme programme = defaultProgramme();
		ImportPlan plan = plan(importer, programme, """
				Code,Theme,Group,Text,Lead,Status
				B20,B,sharks,Exchange shark catch data with the RFMOs.,CITES,not started
				B21,B,Whales,Whale work.,CMS,
				D5,D,,Attend the IPBES plenary.,CITES/CMS,
				""");
		assertEquals(List.of("3 ERROR"), where(plan));
		assertTrue(problemOn(plan, 3).message().contains("no group \"Whales\"")
				&& problemOn(plan, 3).message().contains("B \"Sharks\""), problemOn(plan, 3).message());
		assertEquals("2 activities added, 0 updated; 1 row skipped", plan.summary());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));

		Activity b20 = programme.findActivity("B20");
		assertEquals("Sharks", ((ActivityGroup) b20.eContainer()).getName());
		assertEquals("B20", b20.getId(), "the code is the id, as in the embedded programme");
		assertEquals(LeadSecretariat.CITES, b20.getLead());
		assertEquals(TimeframeKind.UNSPECIFIED, b20.getTimeframe().getKind());
		Activity d5 = programme.findActivity("D5");
		assertEquals("D", d5.getTheme().getLetter(), "theme D has one group");
		assertEquals(LeadSecretariat.JOINT, d5.getLead());
		assertEquals(33, programme.activities().size());
	}

	@Test
	void aNewCodeWithoutGroupCannotBePlaced() throws Exception {
		ImportPlan plan = plan(importer, defaultProgramme(), "Code,Text\nX1,Something new.\n");
		assertEquals(List.of("2 ERROR"), where(plan));
		assertTrue(problemOn(plan, 2).message().contains("X1 cannot be placed"), problemOn(plan, 2).message());
	}

	@Test
	void theActivitiesExportImportsBackWithoutChanges() throws Exception {
		Programme programme = defaultProgramme();
		Programme before = EcoreUtil.copy(programme);
		ImportPlan plan = plan(importer, programme, export(new ActivitiesCsvExporter(), programme));
		assertEquals(List.of(), plan.problems());
		assertEquals("0 activities added, 0 updated, 31 unchanged", plan.summary());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		assertTrue(EcoreUtil.equals(before, programme));
	}

	@Test
	void aFileWithoutCodesIsCritical() throws Exception {
		ImportPlan plan = plan(importer, defaultProgramme(), "Activity name,Status\nA1,on-going\n");
		assertEquals(List.of("1 CRITICAL"), where(plan));
	}
}
