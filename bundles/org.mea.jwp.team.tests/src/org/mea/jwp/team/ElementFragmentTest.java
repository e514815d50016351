package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mea.jwp.team.internal.ElementFragment;

/** Finding an element's bytes by its id, without parsing: nested children, quotes, comments, references. */
class ElementFragmentTest {

	private static final String FILE = """
			<p id="root">
			  <t id="A" name="x > y">
			    <a id="A1" code="A1" lead="B6"/>
			    <!-- <a id="fake"> -->
			    <a id="B6" code="B6"><progress date="2014" note='a "b" /> c'/></a>
			  </t>
			  <entries activityId="B6"/>
			</p>
			"""; //$NON-NLS-1$

	@Test
	void elementWithChildren() {
		assertEquals("<a id=\"B6\" code=\"B6\"><progress date=\"2014\" note='a \"b\" /> c'/></a>", fragment("B6")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void emptyElementAndAnElementContainingOthers() {
		assertEquals("<a id=\"A1\" code=\"A1\" lead=\"B6\"/>", fragment("A1")); //$NON-NLS-1$ //$NON-NLS-2$
		String theme = fragment("A"); //$NON-NLS-1$
		assertEquals(true, theme.startsWith("<t id=\"A\"") && theme.endsWith("</t>"), theme); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void referencesAndMissingIdsAreNotElements() {
		assertNull(fragment("missing")); //$NON-NLS-1$
		assertNull(ElementFragment.of("<a id=\"X\"><b>".getBytes(StandardCharsets.UTF_8), "X")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String fragment(String id) {
		byte[] bytes = ElementFragment.of(FILE.getBytes(StandardCharsets.UTF_8), id);
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}
}
