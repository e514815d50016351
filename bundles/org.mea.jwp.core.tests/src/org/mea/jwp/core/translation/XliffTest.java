package org.mea.jwp.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** The texts to translate out as XLIFF 1.2 and back in: a round trip, bad units, a broken file. */
class XliffTest {

	private Programme programme;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
		domain = ProgrammeEditingDomains.create();
	}

	private String export(String language) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int units = Xliff.write(programme, language, out);
		assertEquals(Translations.missing(programme, language).size(), units);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What a translator does: a target after the source of the unit {@code id}. */
	private static String translate(String xliff, String id, String target) {
		int unit = xliff.indexOf("<trans-unit id=\"" + id + "\">");
		assertTrue(unit >= 0, id + " is exported");
		int end = xliff.indexOf("</source>", unit) + "</source>".length();
		return xliff.substring(0, end) + "<target>" + target + "</target>" + xliff.substring(end);
	}

	private Xliff.Reading read(String xliff) throws Exception {
		return Xliff.read(programme, new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void exportTranslateTwoUnitsImportAsOneUndoableCommand() throws Exception {
		String xliff = export("fr");
		assertTrue(xliff.contains("target-language=\"fr\""), xliff.substring(0, 400));
		assertTrue(xliff.contains("<trans-unit id=\"B6#text\">"), "activities by their id and attribute");
		assertTrue(xliff.contains("<trans-unit id=\"B1/subItems.0#text\">"), "sub-items by their activity and place");
		assertTrue(xliff.contains("<trans-unit id=\"body-cms-stc#name\">"), "a body's name");
		assertTrue(!xliff.contains("<trans-unit id=\"body-cites-sc#conventionTitle\">"),
				"translated already: not exported");

		String translated = translate(translate(xliff, "B6#text", "La CITES participera à la finalisation du plan."),
				"A1#text",
				"Mise à jour continue de la liste de concordance.");
		Xliff.Reading reading = read(translated);
		assertEquals(List.of(), reading.problems());
		assertEquals(2, reading.units().size());
		domain.getCommandStack().execute(reading.command(domain));
		assertEquals("La CITES participera à la finalisation du plan.",
				Translations.text(programme.findActivity("B6"), Literals.ACTIVITY__TEXT, "fr"));
		assertEquals("Mise à jour continue de la liste de concordance.",
				Translations.text(programme.findActivity("A1"), Literals.ACTIVITY__TEXT, "fr"));
		assertTrue(!export("fr").contains("<trans-unit id=\"B6#text\">"), "only what is missing goes out again");

		domain.getCommandStack().undo();
		assertNull(Translations.text(programme.findActivity("B6"), Literals.ACTIVITY__TEXT, "fr"),
				"Undo takes the whole import back");
		assertNull(Translations.text(programme.findActivity("A1"), Literals.ACTIVITY__TEXT, "fr"));
	}

	@Test
	void badUnitsAreNamedWithTheirLineAndTheOthersTaken() throws Exception {
		String xliff = export("es");
		String translated = translate(translate(xliff, "B6#text", "La CITES participará."), "A1#text",
				"Actualización continua.");
		translated = translated.replace("<trans-unit id=\"A2#text\">", "<trans-unit id=\"Z9#text\">");
		translated = translate(translated, "Z9#text", "Nada.");
		programme.findActivity("A1").setText("A1 was rewritten after the export.");
		Xliff.Reading reading = read(translated);
		assertEquals(1, reading.units().size(), "B6 only: " + reading.units());
		assertEquals(2, reading.problems().size(), reading.problems().toString());
		int a1Line = lineOf(translated, "<trans-unit id=\"A1#text\">");
		int z9Line = lineOf(translated, "<trans-unit id=\"Z9#text\">");
		assertTrue(reading.problems().contains(new Xliff.Problem(a1Line,
				"the original of \"A1#text\" has changed since the file was written; export it again")),
				reading.problems().toString());
		assertTrue(
				reading.problems()
						.contains(new Xliff.Problem(z9Line, "the unit \"Z9#text\" names no text of the programme")),
				reading.problems().toString());
	}

	@Test
	void aBrokenOrHostileFileIsRefusedWithItsLineAndNothingChanges() throws Exception {
		Programme before = EcoreUtil.copy(programme);
		String xliff = translate(export("fr"), "B6#text", "La CITES participera.");
		String truncated = xliff.substring(0, xliff.indexOf("</body>"));
		Xliff.XliffException broken = assertThrows(Xliff.XliffException.class, () -> read(truncated));
		assertTrue(broken.getMessage().matches("line \\d+: not well-formed: .*"), broken.getMessage());

		String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
				+ xliff.substring(xliff.indexOf("<xliff")).replace("La CITES participera.", "&xxe;");
		Xliff.XliffException entity = assertThrows(Xliff.XliffException.class, () -> read(hostile));
		assertTrue(entity.getMessage().startsWith("line "), entity.getMessage());

		Xliff.XliffException german = assertThrows(Xliff.XliffException.class,
				() -> read(xliff.replace("target-language=\"fr\"", "target-language=\"de\"")));
		assertTrue(german.getMessage().contains("target-language \"de\" is not one of fr, es"), german.getMessage());
		assertTrue(EcoreUtil.equals(before, programme), "nothing changed");
	}

	private static int lineOf(String text, String what) {
		return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
	}
}
