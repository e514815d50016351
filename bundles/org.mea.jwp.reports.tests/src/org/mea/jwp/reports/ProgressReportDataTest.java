package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.RecordBaselineCommand;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;

/** What the progress report says, computed from the default programme. */
class ProgressReportDataTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@ParameterizedTest
	@CsvSource({ "1, First", "12, Twelfth", "40, Fortieth", "41, Forty-first", "62, Sixty-second", "65, Sixty-fifth" })
	void meetingsAreNumberedInWords(int number, String words) {
		assertEquals(words, Wording.english().ordinal(number));
	}

	@Test
	void citesReportGoesToSc65InJuly2014() {
		ProgressReport report = new ProgressReport(programme).committee(Committee.parse("body-cites-sc", programme));
		assertEquals("SC65 Doc. 14.3", report.effectiveSymbol());
		ProgressReportData data = report.data();
		assertEquals("Sixty-fifth meeting of the Standing Committee", data.meetingTitle());
		assertEquals("Geneva (Switzerland), 7-11 July 2014", data.meetingPlaceAndDates());
		assertTrue(data.conventionName().startsWith("CONVENTION ON INTERNATIONAL TRADE"));
	}

	@Test
	void cmsReportUsesTheCmsNamesAndSymbols() {
		ProgressReport report = new ProgressReport(programme).committee(Committee.parse("body-cms-stc", programme));
		assertEquals("UNEP/CMS/StC40/Doc.14.3", report.effectiveSymbol());
		assertEquals("Fortieth meeting of the Standing Committee", report.data().meetingTitle());
		assertTrue(report.data().conventionName().contains("MIGRATORY SPECIES"));
	}

	@Test
	void paragraphNumbersRunOnAcrossHeadings() {
		List<Map<String, Object>> rows = new ProgressReport(programme).data().paragraphs();
		int expected = 1;
		int headings = 0;
		for (Map<String, Object> row : rows) {
			if ("heading".equals(row.get("kind"))) {
				headings++;
				assertEquals("", row.get("number"), "headings are not numbered");
			} else {
				assertEquals(expected++ + ".", row.get("number"));
			}
		}
		assertEquals(List.of("Background", "Progress in the implementation of the joint work programme",
				"Changes since SC62 (Geneva (Switzerland), 23-27 July 2012)", "Recommendations"),
				rows.stream().filter(r -> "heading".equals(r.get("kind"))).map(r -> r.get("text")).toList());
		assertEquals(4, headings);
		// the chart goes after the summary paragraph: part 1 ends there, part 2 takes the rest
		List<Object> parts = rows.stream().map(r -> r.get("part")).toList();
		int split = parts.indexOf("2");
		assertTrue(split > 0 && parts.subList(0, split).stream().allMatch("1"::equals)
				&& parts.subList(split, parts.size()).stream().allMatch("2"::equals), parts.toString());
		assertTrue(((String) rows.get(split - 1).get("text")).startsWith("As at "),
				"the summary paragraph ends part 1");
		assertTrue(expected > 8, "authorship, background, summary per theme, recommendations");
	}

	@Test
	void annexListsEveryActivityInDocumentOrderWithTheWordingOfItsTimeframe() {
		List<Map<String, Object>> annex = new ProgressReport(programme).reportingDate(LocalDate.of(2014, 12, 31)).data()
				.annex();
		assertEquals(31, annex.size());
		assertEquals("A1", annex.get(0).get("code"));
		assertEquals("D4", annex.get(30).get("code"));
		Map<String, Object> a1 = annex.get(0);
		assertEquals("overdue", a1.get("overdue"), "A1 (2012) is not completed at the end of 2014");
		assertTrue(annex.stream().anyMatch(r -> "On-going".equals(r.get("timeframe"))));
	}

	@Test
	void aCycleGivesMeetingSymbolDateNarrativeAndTheChangesSinceThePreviousBaseline() throws Exception {
		ReportingCycle sc65 = Cycles.find(programme, "cycle-sc65").orElseThrow();
		sc65.setIntroduction(
				"This report covers the period from SC62 to the end of April 2014.\n\nIt was prepared jointly.");
		sc65.setRecommendations("The Standing Committee is invited to note the progress made since SC62.");
		programme.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS);
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 4, 1));
		entry.setNarrative("Two projects approved.");
		programme.findActivity("B1").getProgress().add(entry);

		ProgressReport report = new ProgressReport(programme).cycle("cycle-sc65");
		assertEquals("SC65 Doc. 14.3", report.effectiveSymbol());
		assertEquals(LocalDate.of(2014, 5, 1), report.effectiveReportingDate());
		ProgressReportData data = report.data();
		assertEquals("Sixty-fifth meeting of the Standing Committee", data.meetingTitle());
		List<String> texts = data.paragraphs().stream().map(r -> (String) r.get("text")).toList();
		assertEquals("This report covers the period from SC62 to the end of April 2014.", texts.get(1),
				"introduction after authorship");
		assertEquals("It was prepared jointly.", texts.get(2));
		int heading = texts.indexOf("Changes since SC62 (Geneva (Switzerland), 23-27 July 2012)");
		assertTrue(heading > 0, texts.toString());
		assertEquals(List.of(
				"Since SC62, 2 activities have changed; the Annex marks each of them in its column \"Change since SC62\".",
				"A1. Status: not started \u2192 in progress.", "B1. 1 new progress entry.", "Recommendations",
				"The Standing Committee is invited to note the progress made since SC62."),
				texts.subList(heading + 1, texts.size()));
		Map<String, Object> a1 = data.annex().get(0);
		assertEquals("status: not started \u2192 in progress", a1.get("change"));
		assertEquals("", data.annex().get(1).get("change"));
		assertEquals("Change since SC62", data.changeColumnHeading());
		// an explicit value still wins over the cycle's
		assertEquals("SC65 Doc. 14.3/Rev. 1",
				new ProgressReport(programme).cycle("cycle-sc65").symbol("SC65 Doc. 14.3/Rev. 1").effectiveSymbol());
	}

	@Test
	void aRecordedCycleReportsTheChangesUpToItsOwnBaseline() throws Exception {
		ReportingCycle sc65 = Cycles.find(programme, "cycle-sc65").orElseThrow();
		programme.findActivity("A2").setStatus(ActivityStatus.COMPLETED);
		new RecordBaselineCommand(sc65, LocalDate.of(2014, 5, 2)).execute();
		programme.findActivity("A3").setStatus(ActivityStatus.DEFERRED); // after the record: not in the SC65 report
		ProgressReportData.Changes changes = new ProgressReport(programme).cycle("cycle-sc65").changes();
		assertEquals(List.of("A2"), changes.comparison().changes().stream().map(c -> c.code()).toList());
		assertTrue(new ProgressReport(programme).cycle("cycle-sc62").changes() == null,
				"nothing before the baseline at adoption");
	}

	@Test
	void anUnknownCycleIsNamedWithTheKnownOnes() {
		ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
				() -> new ProgressReport(programme).cycle("cycle-sc99"));
		assertEquals(
				"No reporting cycle \"cycle-sc99\" in the programme; its cycles are: cycle-sc62, cycle-sc65, cycle-stc40",
				e.getMessage());
	}

	@Test
	void aProgrammeThatWasContinuedSaysWhatWasCarriedForward() {
		assertTrue(
				texts(new ProgressReport(programme).data().paragraphs()).stream()
						.noneMatch(t -> t.contains("carried forward")),
				"nothing to say before the programme is continued");
		List<org.mea.jwp.model.Activity> carried = List.of(programme.findActivity("A1"), programme.findActivity("B6"));
		Programme next = org.mea.jwp.core.succession.Continuation.from(programme, 2015, 2020, carried);
		org.mea.jwp.core.succession.Continuation.markCarriedForward(programme, next, carried,
				java.time.LocalDate.of(2015, 1, 20));
		List<String> texts = texts(new ProgressReport(programme).data().paragraphs());
		int heading = texts.indexOf("Carried forward");
		assertTrue(heading > 0, "a section: " + texts);
		assertEquals("2 activities were carried forward to the CMS-CITES Joint Work Programme 2015-2020: A1, B6.",
				texts.get(heading + 1));
		assertEquals("Recommendations", texts.get(heading + 2), "before the recommendations");
	}

	private static List<String> texts(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> String.valueOf(row.get("text"))).toList();
	}
}
