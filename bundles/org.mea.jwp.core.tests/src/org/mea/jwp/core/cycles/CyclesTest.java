package org.mea.jwp.core.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/** A cycle is found by its id or by its meeting, as people type them; what names none or two is said in one line. */
class CyclesTest {

	private Programme programme;

	@BeforeEach
	void setUp() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private Optional<String> idOf(String name) {
		return Cycles.find(programme, name).map(ReportingCycle::getId);
	}

	@Test
	void findsByIdOrByMeetingInAnyCase() {
		assertEquals(Optional.of("cycle-sc62"), idOf("cycle-sc62"));
		assertEquals(Optional.of("cycle-sc62"), idOf("SC62"));
		assertEquals(Optional.of("cycle-sc62"), idOf("sc62"));
		assertEquals(Optional.of("cycle-sc62"), idOf(" Sc 62 "));
		assertEquals(Optional.of("cycle-sc62"), idOf("CYCLE-SC62"));
		assertEquals(Optional.of("cycle-sc62"), idOf("mtg-cites-sc-62"), "the meeting's id");
		assertEquals(Optional.of("cycle-stc40"), idOf("StC40"));
		assertEquals(Optional.of("cycle-stc40"), idOf("stc40"));
		assertEquals(Optional.empty(), idOf("SC99"));
		assertEquals(Optional.empty(), idOf(""));
		assertEquals(Optional.empty(), idOf(null));
	}

	@Test
	void anUnknownNameListsTheCyclesByIdAndMeeting() {
		assertEquals("unknown cycle \"SC99\"; the cycles of this programme are: cycle-sc62, cycle-sc65, cycle-stc40;"
				+ " or by meeting: SC62, SC65, StC40", Cycles.notFound(programme, "SC99"));
	}

	@Test
	void aMeetingTwoCyclesReportToIsAmbiguousAndTheIdDecides() {
		ReportingCycle second = JwpFactory.eINSTANCE.createReportingCycle();
		second.setId("cycle-sc62-resumed");
		second.setMeeting(Cycles.find(programme, "cycle-sc62").orElseThrow().getMeeting());
		programme.getCycles().add(second);
		assertEquals(List.of("cycle-sc62", "cycle-sc62-resumed"),
				Cycles.matching(programme, "sc62").stream().map(ReportingCycle::getId).toList());
		assertEquals(Optional.empty(), idOf("sc62"));
		String message = Cycles.notFound(programme, "sc62");
		assertEquals("cycle \"sc62\" is ambiguous: cycle-sc62 (SC62), cycle-sc62-resumed (SC62); give its id", message);
		assertTrue(message.lines().count() == 1, message);
		assertEquals(Optional.of("cycle-sc62-resumed"), idOf("cycle-sc62-resumed"));
	}
}
