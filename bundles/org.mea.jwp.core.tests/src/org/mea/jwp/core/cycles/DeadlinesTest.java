package org.mea.jwp.core.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.ReportingObligation;

/** Due dates from meetings and the committees' rules, with the defaults and changed rules. */
class DeadlinesTest {

	private Programme programme;
	private Body citesSc;
	private Body cmsStc;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
		citesSc = body("body-cites-sc");
		cmsStc = body("body-cms-stc");
		DeadlineRules.defaults().store();
	}

	@AfterEach
	void restoreDefaults() throws Exception {
		DeadlineRules.defaults().store();
	}

	private Body body(String id) {
		return programme.getBodies().stream().filter(b -> b.getId().equals(id)).findFirst().orElseThrow();
	}

	private Meeting meeting(Body body, LocalDate start) {
		Meeting meeting = JwpFactory.eINSTANCE.createMeeting();
		meeting.setId("mtg-" + body.getAbbreviation() + start);
		meeting.setBody(body);
		meeting.setStartDate(start);
		programme.getMeetings().add(meeting);
		return meeting;
	}

	private Deadline deadlineOf(List<Deadline> deadlines, Object source) {
		return deadlines.stream().filter(d -> d.source() == source).findFirst().orElseThrow();
	}

	@Test
	void citesStandingCommitteeDocumentsAreDueSixtyDaysBeforeTheMeetingByDefault() {
		ReportingCycle sc65 = Cycles.find(programme, "cycle-sc65").orElseThrow();
		Deadline deadline = deadlineOf(Deadlines.of(programme, DeadlineRules.defaults()), sc65);
		assertEquals(LocalDate.of(2014, 5, 8), deadline.dueDate(), "7 July 2014 minus 60 days");
		assertEquals(Deadline.Basis.RULE, deadline.basis());
		assertEquals("Progress report SC65 Doc. 14.3 for SC65", deadline.title());
		assertEquals(Deadline.State.DUE_SOON, deadline.state(LocalDate.of(2014, 4, 20)));
		assertEquals(18, deadline.daysLeft(LocalDate.of(2014, 4, 20)));
		assertEquals(Deadline.State.UPCOMING, deadline.state(LocalDate.of(2014, 1, 1)));
		assertEquals(Deadline.State.LATE, deadline.state(LocalDate.of(2014, 5, 9)));
	}

	@Test
	void cmsStandingCommitteeDocumentsFollowTheirOwnRule() {
		Meeting stc41 = meeting(cmsStc, LocalDate.of(2013, 11, 27));
		ReportingObligation obligation = JwpFactory.eINSTANCE.createReportingObligation();
		obligation.setDescription("Report on the joint work programme to StC41");
		obligation.setCommittee(cmsStc);
		obligation.setMeeting(stc41);
		obligation.setDueDate(LocalDate.of(2013, 12, 31)); // the meeting's rule wins over a worded date
		programme.getReportingObligations().add(obligation);

		assertEquals(LocalDate.of(2013, 10, 13),
				deadlineOf(Deadlines.of(programme, DeadlineRules.defaults()), obligation).dueDate(),
				"27 November 2013 minus 45 days");
		DeadlineRules changed = DeadlineRules.defaults().with(Convention.CMS, 30);
		assertEquals(LocalDate.of(2013, 10, 28), deadlineOf(Deadlines.of(programme, changed), obligation).dueDate());
		assertEquals(60, changed.daysBefore(citesSc), "the CITES rule is left alone");
	}

	@Test
	void aChangedCitesRuleMovesTheCitesDeadlines() {
		DeadlineRules rules = DeadlineRules.defaults().with(Convention.CITES, 90);
		ReportingCycle sc65 = Cycles.find(programme, "cycle-sc65").orElseThrow();
		assertEquals(LocalDate.of(2014, 4, 8), deadlineOf(Deadlines.of(programme, rules), sc65).dueDate());
		assertThrows(IllegalArgumentException.class, () -> rules.with(Convention.CITES, -1));
	}

	@Test
	void obligationsWithoutADatedMeetingKeepTheirGivenDateAndDeliveredOnesAreDone() {
		List<Deadline> deadlines = Deadlines.of(programme, DeadlineRules.defaults());
		ReportingObligation b1 = programme.getReportingObligations().get(0);
		Deadline deadline = deadlineOf(deadlines, b1);
		assertEquals(LocalDate.of(2014, 12, 31), deadline.dueDate());
		assertEquals(Deadline.Basis.GIVEN, deadline.basis());
		assertEquals("CITES SC", deadline.recipient(), "no meeting: the committee");
		assertEquals("SC65", deadlineOf(deadlines, Cycles.find(programme, "cycle-sc65").orElseThrow()).recipient());
		assertEquals(List.of("B1"), deadline.activities().stream().map(Activity::getCode).toList());
		assertEquals(Deadline.State.LATE, deadline.state(LocalDate.of(2015, 1, 1)));

		programme.findActivity("B1").setStatus(ActivityStatus.COMPLETED);
		assertEquals(Deadline.State.DONE, deadlineOf(Deadlines.of(programme, DeadlineRules.defaults()), b1)
				.state(LocalDate.of(2015, 1, 1)));
		// the SC62 cycle has its baseline: its report was delivered
		assertEquals(Deadline.State.DONE, deadlineOf(deadlines, Cycles.find(programme, "cycle-sc62").orElseThrow())
				.state(LocalDate.of(2014, 1, 1)));
		// by due date, undated last
		List<LocalDate> dates = deadlines.stream().map(Deadline::dueDate).toList();
		assertEquals(null, dates.get(dates.size() - 1));
		assertTrue(dates.indexOf(LocalDate.of(2012, 5, 24)) < dates.indexOf(LocalDate.of(2014, 5, 8)),
				dates.toString());
	}

	@Test
	void rulesAreKeptInThePreferencesSharedByWorkbenchAndCommandLine() throws Exception {
		DeadlineRules.defaults().with(Convention.CMS, 21).store();
		assertEquals(21, DeadlineRules.fromPreferences().daysBefore(Convention.CMS));
		assertEquals(60, DeadlineRules.fromPreferences().daysBefore(Convention.CITES));
		assertEquals("21", DeadlineRules.node().get(DeadlineRules.KEY_PREFIX + "CMS", null));
		DeadlineRules.defaults().store();
		assertEquals(null, DeadlineRules.node().get(DeadlineRules.KEY_PREFIX + "CMS", null), "defaults are not stored");
	}
}
