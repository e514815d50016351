package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/** {@link BidiText}: when the PDF layout may skip its bidirectional processing. */
class BidiTextTest {

	@Test
	void theEmbeddedProgrammeHasNoRightToLeftText() throws Exception {
		assertFalse(BidiText.in(ProgrammeStore.programme(DefaultProgramme.load())));
	}

	@Test
	void oneArabicOrHebrewWordAnywhereKeepsTheProcessing() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		programme.activities().get(20).setText("Workshop in عمان");
		assertTrue(BidiText.in(programme));
		programme = ProgrammeStore.programme(DefaultProgramme.load());
		programme.getThemes().get(1).setName("שיתוף");
		assertTrue(BidiText.in(programme));
	}

	@Test
	void latinGreekAndCyrillicNeedNone() {
		assertFalse(BidiText.isBidi("CMS–CITES “joint” work: Łódź, Αθήνα, Москва, 5 €"));
		assertTrue(BidiText.isBidi("الاتفاقية"));
	}
}
