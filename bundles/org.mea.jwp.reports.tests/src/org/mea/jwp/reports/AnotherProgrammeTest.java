package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Adoption;
import org.mea.jwp.model.AdoptionKind;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.BodyKind;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.DocumentLayout;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/**
 * The progress report of a programme that is not the 2012-2014 one (another pair of Conventions,
 * other years, a committee the code does not know): everything it says comes from that programme.
 */
class AnotherProgrammeTest {

	/** A joint work plan of the Ramsar Convention and the CBD for 2016-2018, written here. */
	private static Programme wetlandsPlan() {
		JwpFactory factory = JwpFactory.eINSTANCE;
		Programme programme = factory.createProgramme();
		programme.setId("ramsar-cbd-2016-2018");
		programme.setTitle("Ramsar-CBD Joint Work Plan 2016-2018");
		programme.setPeriodStart(2016);
		programme.setPeriodEnd(2018);
		programme.setDocumentSymbol("SC51 Doc.7");
		Body committee = factory.createBody();
		committee.setId("body-ramsar-sc");
		committee.setName("Ramsar Standing Committee");
		committee.setAbbreviation("SC");
		committee.setConvention(Convention.RAMSAR);
		committee.setKind(BodyKind.STANDING_COMMITTEE);
		committee.setConventionTitle("CONVENTION ON WETLANDS\n(Ramsar, Iran, 1971)");
		committee.setSecretariat("Ramsar Secretariat");
		committee.setDocumentSymbolPattern("{meeting} Doc.{item}");
		committee.setDocumentLayout(DocumentLayout.CITES);
		programme.getBodies().add(committee);
		Meeting adopted = meeting(committee, 51, LocalDate.of(2015, 11, 23), "Gland (Switzerland)");
		Meeting reportedTo = meeting(committee, 53, LocalDate.of(2017, 5, 22), "Gland (Switzerland)");
		programme.getMeetings().addAll(List.of(adopted, reportedTo));
		Adoption adoption = factory.createAdoption();
		adoption.setKind(AdoptionKind.ADOPTED);
		adoption.setBody(committee);
		adoption.setMeeting(adopted);
		programme.getAdoptions().add(adoption);
		Theme theme = factory.createTheme();
		theme.setId("theme-W");
		theme.setLetter("W");
		theme.setName("Wetland inventories");
		ActivityGroup group = factory.createActivityGroup();
		group.setId("group-W");
		group.setName("Peatlands");
		theme.getGroups().add(group);
		group.getActivities().add(activity("W1", "Share peatland inventory methods", "2016", ActivityStatus.COMPLETED));
		group.getActivities()
				.add(activity("W2", "Joint guidance on peatland restoration", "2017-2018", ActivityStatus.IN_PROGRESS));
		programme.getThemes().add(theme);
		return programme;
	}

	private static Meeting meeting(Body body, int number, LocalDate start, String place) {
		Meeting meeting = JwpFactory.eINSTANCE.createMeeting();
		meeting.setId("mtg-ramsar-sc-" + number);
		meeting.setBody(body);
		meeting.setNumber(number);
		meeting.setYear(start.getYear());
		meeting.setStartDate(start);
		meeting.setEndDate(start.plusDays(4));
		meeting.setPlace(place);
		return meeting;
	}

	private static Activity activity(String code, String text, String timeframe, ActivityStatus status) {
		Activity activity = JwpFactory.eINSTANCE.createActivity();
		activity.setId(code);
		activity.setCode(code);
		activity.setText(text);
		activity.setTimeframe(Timeframes.parse(timeframe));
		activity.setLead(LeadSecretariat.JOINT);
		activity.setStatus(status);
		return activity;
	}

	@Test
	void saysNothingOfTheCmsCitesProgramme() throws Exception {
		Programme plan = wetlandsPlan();
		ProgressReport report = new ProgressReport(plan);
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		report.render(ReportFormat.HTML, html);
		String text = html.toString(StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");

		for (String expected : List.of("CONVENTION ON WETLANDS", "Fifty-third meeting of the Standing Committee",
				"Gland (Switzerland), 22-26 May 2017", "SC53 Doc.7",
				"This document has been prepared by the Ramsar Secretariat.",
				"At its 51st meeting (Gland, November 2015), the Standing Committee adopted the Ramsar-CBD Joint Work Plan 2016-2018",
				"As at 22 May 2017")) {
			assertTrue(text.contains(expected), "\"" + expected + "\" in: " + text);
		}
		assertNothingOfThe2012To2014Programme(text);
	}

	@Test
	void itsFinalReportSaysNothingOfTheCmsCitesProgrammeEither() throws Exception {
		Programme plan = wetlandsPlan();
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		ReportDesigns.get().require("final").render(plan, Map.of(), ReportFormat.HTML, html);
		String text = html.toString(StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		for (String expected : List.of("CONVENTION ON WETLANDS", "RAMSAR-CBD JOINT WORK PLAN 2016-2018: FINAL REPORT",
				"Achievements over the period 2016-2018",
				"At the end of the period (31 December 2018), 2 activities: 1 in progress, 1 completed",
				"End of period 31 December 2018")) {
			assertTrue(text.contains(expected), "\"" + expected + "\" in: " + text);
		}
		assertNothingOfThe2012To2014Programme(text);
	}

	private static void assertNothingOfThe2012To2014Programme(String text) {
		for (String foreign : List.of("CITES", "CMS", "2012", "2013", "2014", "Geneva", "62nd", "SC62", "SC65", "14.3",
				"ENDANGERED", "MIGRATORY", "Joint Work Programme")) {
			assertFalse(text.contains(foreign), "\"" + foreign + "\" is the 2012-2014 programme's, in: " + text);
		}
	}
}
