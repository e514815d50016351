package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The status overview: counts, overdue and falling due relative to the reporting date, funding; rendered. */
class StatusOverviewTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private static List<Object> codes(List<Map<String, Object>> rows) {
		return rows.stream().map(r -> r.get("code")).toList();
	}

	@Test
	void countsAndListsFollowTheReportingDate() {
		StatusOverview.Data data = new StatusOverview(programme).reportingDate(LocalDate.of(2013, 12, 31)).data();
		Map<String, Object> total = data.byTheme().get(data.byTheme().size() - 1);
		assertEquals("Total", total.get("name"));
		assertEquals(31, total.get("all"));
		assertEquals(Boolean.TRUE, total.get("total"));
		assertEquals(List.of(5, 19, 3, 4), data.byTheme().stream().limit(4).map(r -> r.get("all")).toList());
		List<Object> overdue = codes(data.overdue());
		assertTrue(overdue.contains("A1"), "A1 (2012) is overdue at the end of 2013: " + overdue);
		assertFalse(overdue.contains("A5"), "A5 (2012-13) ends on the reporting date");
		List<Object> upcoming = codes(data.upcoming());
		assertTrue(upcoming.contains("B10"), "B10 (2014) falls due within a year: " + upcoming);
		assertFalse(upcoming.contains("A1"));
		assertTrue(codes(data.funding()).contains("B5"), "B5 is subject to external funding");
		int leads = data.byLead().stream().mapToInt(r -> (Integer) r.get("all")).sum();
		assertEquals(31, leads, "every activity under one lead");
	}

	@Test
	void listsTheReportsDueToTheCommitteesUnderTheRulesOfThePreferences() throws Exception {
		StatusOverview.Data data = new StatusOverview(programme).reportingDate(LocalDate.of(2014, 5, 1))
				.rules(org.mea.jwp.core.cycles.DeadlineRules.defaults()).data();
		Map<String, Object> sc65 = data.deadlines().stream().filter(r -> "SC65".equals(r.get("meeting"))).findFirst()
				.orElseThrow();
		assertEquals("8 May 2014", sc65.get("due"));
		assertEquals("due soon", sc65.get("state"));
		assertEquals("Progress report SC65 Doc. 14.3 for SC65 (60 days before the meeting)", sc65.get("what"));
		assertEquals("whole programme", sc65.get("activities"));
		Map<String, Object> sc62 = data.deadlines().stream().filter(r -> "SC62".equals(r.get("meeting"))).findFirst()
				.orElseThrow();
		assertEquals("done", sc62.get("state"), "its baseline is recorded");
		assertEquals(List.of("CITES SC", "CMS StC"), data.deadlines().stream()
				.filter(r -> "B1".equals(r.get("activities")) && "31 December 2014".equals(r.get("due")))
				.map(r -> r.get("meeting")).toList(),
				"the two B1 reports, one to each committee");

		ByteArrayOutputStream html = new ByteArrayOutputStream();
		new StatusOverview(programme).reportingDate(LocalDate.of(2014, 5, 1))
				.rules(org.mea.jwp.core.cycles.DeadlineRules.defaults().with(org.mea.jwp.model.Convention.CITES, 90))
				.render(ReportFormat.HTML, html);
		String text = html.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("Reporting deadlines at the reporting date"), "section heading");
		assertTrue(text.contains("8 April 2014") && text.contains("(90 days before the meeting)"),
				"a changed rule moves the date");
	}

	@Test
	void rendersInEveryFormat() throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		new StatusOverview(programme).render(ReportFormat.PDF, pdf);
		PdfReader reader = new PdfReader(pdf.toByteArray());
		String first;
		try {
			first = new PdfTextExtractor(reader).getTextFromPage(1);
		} finally {
			reader.close();
		}
		assertTrue(first.contains("STATUS OVERVIEW"), first);
		assertTrue(first.contains("Activities by theme and status"), first);
		assertTrue(first.contains("Overdue at the reporting date"), first);
		for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.ODT)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new StatusOverview(programme).render(format, out);
			assertTrue(out.size() > 2000, format + " written");
		}
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		new StatusOverview(programme).render(ReportFormat.HTML, html);
		assertTrue(html.toString(StandardCharsets.UTF_8).contains("Subject to external funding"));
		List<String> charts = RenderedCharts.svgs(html.toString(StandardCharsets.UTF_8));
		assertEquals(2, charts.size(), "a chart by theme and a chart by lead");
		assertTrue(charts.get(0).contains("A. ") && !charts.get(0).contains("Total"),
				"by theme, without the total row");
		for (LeadSecretariat lead : LeadSecretariat.VALUES) {
			boolean leads = programme.activities().stream().anyMatch(a -> a.getLead() == lead);
			assertEquals(leads, charts.get(1).contains(">" + lead.getLiteral() + "<"), "bar for " + lead);
		}
		// each lead's bar carries its counts, status by status in the legend's order
		java.util.Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
		for (LeadSecretariat lead : LeadSecretariat.VALUES) {
			List<Integer> counts = new java.util.ArrayList<>();
			for (org.mea.jwp.model.ActivityStatus status : org.mea.jwp.model.ActivityStatus.VALUES) {
				int n = (int) programme.activities().stream()
						.filter(a -> a.getLead() == lead && a.getStatus() == status).count();
				if (n > 0) {
					counts.add(n);
				}
			}
			if (!counts.isEmpty()) {
				expected.put(lead.getLiteral(), counts);
			}
		}
		assertEquals(expected, RenderedCharts.barLabels(charts.get(1), List.copyOf(expected.keySet())),
				"the numbers on each lead's bar, left to right");
	}
}
