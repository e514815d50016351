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
import org.mea.jwp.model.Programme;

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
		assertEquals(words, ProgressReportData.ordinal(number));
	}

	@Test
	void citesReportGoesToSc65InJuly2014() {
		ProgressReport report = new ProgressReport(programme).committee(Committee.CITES_SC);
		assertEquals("SC65 Doc. 14.3", report.effectiveSymbol());
		ProgressReportData data = report.data();
		assertEquals("Sixty-fifth meeting of the Standing Committee", data.meetingTitle());
		assertEquals("July 2014", data.meetingPlaceAndDates());
		assertTrue(data.conventionName().startsWith("CONVENTION ON INTERNATIONAL TRADE"));
	}

	@Test
	void cmsReportUsesTheCmsNamesAndSymbols() {
		ProgressReport report = new ProgressReport(programme).committee(Committee.CMS_STC);
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
		assertEquals(List.of("Background", "Progress in the implementation of the joint work programme", "Recommendations"),
				rows.stream().filter(r -> "heading".equals(r.get("kind"))).map(r -> r.get("text")).toList());
		assertEquals(3, headings);
		// the chart goes after the summary paragraph: part 1 ends there, part 2 takes the rest
		List<Object> parts = rows.stream().map(r -> r.get("part")).toList();
		int split = parts.indexOf("2");
		assertTrue(split > 0 && parts.subList(0, split).stream().allMatch("1"::equals)
				&& parts.subList(split, parts.size()).stream().allMatch("2"::equals), parts.toString());
		assertTrue(((String) rows.get(split - 1).get("text")).startsWith("As at "), "the summary paragraph ends part 1");
		assertTrue(expected > 8, "authorship, background, summary per theme, recommendations");
	}

	@Test
	void annexListsEveryActivityInDocumentOrderWithTheWordingOfItsTimeframe() {
		List<Map<String, Object>> annex = new ProgressReport(programme).reportingDate(LocalDate.of(2014, 12, 31)).data().annex();
		assertEquals(31, annex.size());
		assertEquals("A1", annex.get(0).get("code"));
		assertEquals("D4", annex.get(30).get("code"));
		Map<String, Object> a1 = annex.get(0);
		assertEquals("overdue", a1.get("overdue"), "A1 (2012) is not completed at the end of 2014");
		assertTrue(annex.stream().anyMatch(r -> "On-going".equals(r.get("timeframe"))));
	}
}
