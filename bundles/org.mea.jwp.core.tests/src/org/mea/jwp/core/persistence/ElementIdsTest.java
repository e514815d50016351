package org.mea.jwp.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for element ids, and which text XML 1.0 can hold. */
class ElementIdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "B6", "tx-rhincodon-typus", "act-12.a", "12a", "B1(a)", "_uuid-like_0",
			"tx-\u00e9l\u00e9phant", "\u4e2d\u6587" })
	void tokensOfLettersDigitsAndDashesAreIds(String id) {
		assertNull(ElementIds.problem(id), id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a b", "a\tb", "x#y", "#x", "jwp:Taxon", "/0", "a/b", "a?", "http://host/x#y",
			"a\u0007", "a\u00a0b", "a\u200bb" })
	void anythingAReferenceWouldMisreadIsNot(String id) {
		assertFalse(ElementIds.isValid(id), id);
	}

	@Test
	void theProblemNamesTheCharacter() {
		assertEquals("contains a space (U+0020); ids may not contain spaces, control characters or any of # : / ?",
				ElementIds.problem("tx acinonyx"));
		assertTrue(ElementIds.problem("a#b").startsWith("contains \"#\""), ElementIds.problem("a#b"));
		assertTrue(ElementIds.problem("a\u0001").startsWith("contains U+0001 (a control character)"),
				ElementIds.problem("a\u0001"));
		assertTrue(ElementIds.problem("a\u200bb").startsWith("contains U+200B (an invisible"),
				ElementIds.problem("a\u200bb"));
		assertEquals("is empty", ElementIds.problem(null));
	}

	@Test
	void generatedUuidsAreIds() {
		for (int i = 0; i < 1000; i++) {
			String uuid = EcoreUtil.generateUUID();
			assertTrue(ElementIds.isValid(uuid), uuid);
		}
	}

	@Test
	void xmlHoldsTabsLineBreaksAndTextButNotOtherControlsOrNoncharacters() {
		assertEquals(-1, XmlText.firstUnstorable("a\tb\nc\r\u00e9\u20ac\uD83D\uDC18"));
		assertEquals(1, XmlText.firstUnstorable("a\u0000"));
		assertEquals(1, XmlText.firstUnstorable("a\uFFFEb"));
		assertEquals(1, XmlText.firstUnstorable("a\uFFFF"));
		assertEquals(2, XmlText.firstUnstorable("ab\uD83D")); // a lone high surrogate
		assertEquals("U+FFFE (a noncharacter)", XmlText.describe("\uFFFE", 0));
		assertEquals("U+001B (a control character)", XmlText.describe("\u001B", 0));
	}
}
