package org.mea.jwp.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.AdoptionKind;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.TimeframeKind;

/** The embedded CMS–CITES Joint Work Programme 2012–2014 is complete, faithful and valid. */
class DefaultProgrammeTest {

	private static Resource resource;
	private static Programme programme;

	@BeforeAll
	static void load() throws Exception {
		resource = DefaultProgramme.load();
		programme = ProgrammeStore.programme(resource);
	}

	@Test
	void has31ActivitiesInThemesABCD() {
		Map<String, Integer> perTheme = programme.getThemes().stream()
				.collect(Collectors.toMap(Theme::getLetter, t -> t.activities().size()));
		assertEquals(Map.of("A", 5, "B", 19, "C", 3, "D", 4), perTheme);
		List<String> expected = new ArrayList<>();
		IntStream.rangeClosed(1, 5).forEach(i -> expected.add("A" + i));
		IntStream.rangeClosed(1, 19).forEach(i -> expected.add("B" + i));
		IntStream.rangeClosed(1, 3).forEach(i -> expected.add("C" + i));
		IntStream.rangeClosed(1, 4).forEach(i -> expected.add("D" + i));
		assertEquals(expected, programme.activities().stream().map(Activity::getCode).toList());
	}

	@Test
	void validatesWithoutErrors() {
		Diagnostic result = ProgrammeValidation.validate(programme, LocalDate.of(2014, 12, 31));
		List<String> errors = result.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
				.map(Diagnostic::getMessage).toList();
		assertEquals(List.of(), errors);
		// a programme adopted in 2011 and untouched since is overdue by the end of 2014
		assertTrue(result.getChildren().stream().anyMatch(d -> d.getMessage().startsWith("Activity A1 is overdue")),
				"expected overdue warnings");
	}

	@Test
	void everyReferenceResolves() {
		assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(resource));
		assertTrue(programme.activities().stream().allMatch(a -> a.getTimeframe() != null));
	}

	@Test
	void timeframesKeepTheDocumentsWording() {
		assertEquals("2012-13", activity("A5").getTimeframe().getOriginal());
		assertEquals(TimeframeKind.RANGE, activity("A5").getTimeframe().getKind());
		assertEquals("2012 \u2013 14", activity("B18").getTimeframe().getOriginal());
		assertEquals(2014, activity("B18").getTimeframe().getEndYear());
		assertEquals(TimeframeKind.RECURRING, activity("C1").getTimeframe().getKind());
		assertEquals("Annual and as-required", activity("C1").getTimeframe().getOriginal());
		assertEquals(TimeframeKind.CONDITIONAL, activity("B5").getTimeframe().getKind());
		assertEquals("Will depend on decisions adopted at CMS CoP10", activity("B5").getTimeframe().getCondition());
		assertEquals(TimeframeKind.ONGOING, activity("B2").getTimeframe().getKind());
		assertEquals(LocalDate.of(2014, 12, 31), activity("B1").getTimeframe().getDueDate());
	}

	@Test
	void subItemsFundingAndCodesAsPrinted() {
		assertEquals(4, activity("B1").getSubItems().size());
		assertEquals(6, activity("C2").getSubItems().size());
		assertEquals(4, activity("D2").getSubItems().size());
		assertEquals("B.8", activity("B8").getPrintedCode());
		List<String> external = programme.activities().stream()
				.filter(a -> a.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING).map(Activity::getCode)
				.toList();
		assertEquals(List.of("B1", "B5", "B8", "B10", "B13"), external);
		assertTrue(activity("B16").getPartners().stream().anyMatch(o -> "INTERPOL".equals(o.getName())));
	}

	@Test
	void coverDocumentMeetingsAndNotification() {
		assertEquals("SC62 Doc. 14.3", programme.getDocumentSymbol());
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
				programme.getParagraphs().stream().map(p -> p.getNumber()).toList());
		assertEquals("Recommendations", programme.getParagraphs().get(8).getSection());
		assertEquals(4, programme.getParagraphs().get(3).getItems().size());
		assertTrue(programme.getAdoptions().stream().anyMatch(a -> a.getKind() == AdoptionKind.ADOPTED
				&& "StC38".equals(a.getMeeting().symbol())));
		List<String> calendar = activity("D4").getMeetings().stream().map(m -> m.getYear() + " " + m.getName())
				.toList();
		assertEquals(12, calendar.size(), calendar.toString());
		assertTrue(calendar.contains("2014 65th meeting of the CITES Standing Committee"), calendar.toString());
		assertEquals(List.of("Germany", "New Zealand", "United States of America"), programme.getNotifications().get(0)
				.getComments().stream().map(c -> c.getFrom().getName()).toList());
		assertNotNull(programme.findActivity("B13").getTheme());
		assertTrue(Stream.of("Loxadonta africana", "Uncia uncia", "Dugong dugon")
				.allMatch(n -> programme.getTaxa().stream().anyMatch(t -> n.equals(t.getNameAsPrinted()))));
	}

	private static Activity activity(String code) {
		Activity activity = programme.findActivity(code);
		assertNotNull(activity, code);
		return activity;
	}
}
