package org.mea.jwp.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.TimeframeKind;
import org.mea.jwp.model.operations.Timeframes;

/** Every timeframe form of SC62 Doc. 14.3 is understood, and survives saving and loading verbatim. */
class TimeframesTest {

	@ParameterizedTest(name = "\"{0}\" is {1} {2}-{3}")
	@CsvSource(delimiter = '|', value = {
			"2012                  | YEAR        | 2012 | 2012",
			"2012-13               | RANGE       | 2012 | 2013",
			"2012-2013             | RANGE       | 2012 | 2013",
			"2012\u20132014        | RANGE       | 2012 | 2014",
			"2012 \u2013 14        | RANGE       | 2012 | 2014",
			"2014/2015             | RANGE       | 2014 | 2015",
			"On-going              | ONGOING     | 0    | 0",
			"Ongoing               | ONGOING     | 0    | 0",
			"Annual and as-required | RECURRING  | 0    | 0",
			"Will depend on decisions adopted at CMS CoP10 | CONDITIONAL | 0 | 0" })
	void documentFormsAreUnderstood(String wording, TimeframeKind kind, int start, int end) {
		Timeframe timeframe = Timeframes.parse(wording);
		assertEquals(kind, timeframe.getKind());
		assertEquals(start, timeframe.getStartYear());
		assertEquals(end, timeframe.getEndYear());
		assertEquals(wording, timeframe.getOriginal(), "wording must be kept verbatim");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2012", "2012-13", "2012\u20132014", "2012 \u2013 14", "On-going",
			"Annual and as-required",
			"Will depend on decisions adopted at CMS CoP10", "" })
	void everyFormRoundTripsThroughXmi(String wording) throws IOException {
		Timeframe original = Timeframes.parse(wording);
		original.setDueDate(LocalDate.of(2014, 12, 31));
		original.setDueText("by December 2014");

		Timeframe loaded = reload(original);

		assertEquals(wording, loaded.getOriginal());
		assertEquals(original.getKind(), loaded.getKind());
		assertEquals(original.getStartYear(), loaded.getStartYear());
		assertEquals(original.getEndYear(), loaded.getEndYear());
		assertEquals(original.getCondition(), loaded.getCondition());
		assertEquals(original.getRecurrence(), loaded.getRecurrence());
		assertEquals(LocalDate.of(2014, 12, 31), loaded.getDueDate());
		assertEquals("by December 2014", loaded.getDueText());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2012", "2012-13", "2012 \u2013 14", "On-going", "Annual and as-required",
			"Will depend on decisions adopted at CMS CoP10" })
	void canonicalWordingReadsBackToTheSameForm(String wording) {
		Timeframe parsed = Timeframes.parse(wording);
		parsed.setOriginal(null);
		Timeframe again = Timeframes.parse(Timeframes.wording(parsed));
		assertEquals(parsed.getKind(), again.getKind());
		assertEquals(parsed.getStartYear(), again.getStartYear());
		assertEquals(parsed.getEndYear(), again.getEndYear());
	}

	@Test
	void emptyWordingIsUnspecified() {
		assertEquals(TimeframeKind.UNSPECIFIED, Timeframes.parse("  ").getKind());
		assertEquals(TimeframeKind.UNSPECIFIED, Timeframes.parse(null).getKind());
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "12", "2014-2012", "20122" })
	void otherWordingsAreRejectedWithTheAcceptedForms(String wording) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timeframes.parse(wording));
		assertTrue(e.getMessage().contains("\"" + wording + "\""), e.getMessage());
	}

	@Test
	void endDateIsDueDateOrEndOfLastYear() {
		assertEquals(LocalDate.of(2013, 12, 31), Timeframes.parse("2012-13").endDate());
		assertNull(Timeframes.parse("On-going").endDate());
		Timeframe b1 = Timeframes.parse("2012-2014");
		b1.setDueDate(LocalDate.of(2014, 12, 1));
		assertEquals(LocalDate.of(2014, 12, 1), b1.endDate());
		assertEquals("from 2012 to 2014, due 2014-12-01", b1.describe());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "by December 2014 | 2014-12-31", "2014 | 2014-12-31",
			"by 15 March 2013 | 2013-03-15", "2013-07-27 | 2013-07-27", "before Feb 2012 | 2012-02-29" })
	void dueWordingsGiveTheLastDayMeant(String wording, LocalDate expected) {
		assertEquals(expected, Timeframes.parseDue(wording));
	}

	@Test
	void dueWordingWithoutADateIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> Timeframes.parseDue("next year"));
		assertThrows(IllegalArgumentException.class, () -> Timeframes.parseDue("by Smarch 2014"));
	}

	private static Timeframe reload(Timeframe timeframe) throws IOException {
		Resource out = new XMIResourceImpl(URI.createURI("memory:/t.jwp"));
		out.getContents().add(timeframe);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		Resource in = new XMIResourceImpl(URI.createURI("memory:/t.jwp"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		return (Timeframe) in.getContents().get(0);
	}

	static Timeframe timeframe(TimeframeKind kind) {
		Timeframe t = JwpFactory.eINSTANCE.createTimeframe();
		t.setKind(kind);
		return t;
	}
}
