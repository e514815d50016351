package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.Programme;

/**
 * A baseline entry that lost its activity id (a file edited by hand) does not break the progress
 * report: the entry is matched by its activity code (issue 22, defect 11).
 */
class DamagedBaselineTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@Test
	void anEntryWithoutItsActivityIdIsMatchedByCodeAndTheReportRenders() throws Exception {
		List<BaselineEntry> entries = Cycles.find(programme, "cycle-sc62").orElseThrow().getBaseline().getEntries();
		BaselineEntry a1 = entries.stream().filter(e -> "A1".equals(e.getCode())).findFirst().orElseThrow();
		a1.setActivityId(null);
		programme.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS);

		ProgressReport report = new ProgressReport(programme).cycle("cycle-sc65");
		List<Map<String, Object>> annex = report.data().annex();
		assertEquals("status: not started \u2192 in progress", annex.get(0).get("change"));
		assertEquals(1, report.changes().comparison().changes().size(),
				report.changes().comparison().changes().toString());

		ByteArrayOutputStream html = new ByteArrayOutputStream();
		report.render(ReportFormat.HTML, html);
		String text = html.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("A1. Status: not started"), "the change is reported");
	}

	@Test
	void anEntryWithoutIdOrCodeIsReportedAsRemoved() throws Exception {
		BaselineEntry entry = Cycles.find(programme, "cycle-sc62").orElseThrow().getBaseline().getEntries().get(0);
		entry.setActivityId(null);
		entry.setCode(null);

		ProgressReport report = new ProgressReport(programme).cycle("cycle-sc65");
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		report.render(ReportFormat.HTML, html);
		String text = html.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("An activity without a code. Removed."), "the entry is named as well as it can be");
		assertTrue(!text.contains("null. "), "no \"null\" in the report");
		assertEquals(2, report.changes().comparison().changes().size(), "the entry removed, its activity added");
	}
}
