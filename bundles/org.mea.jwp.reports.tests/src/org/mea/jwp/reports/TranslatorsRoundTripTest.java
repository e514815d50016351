package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.core.translation.Xliff;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/**
 * The whole exchange with a translator, ending in the committee document: the French XLIFF of the
 * embedded programme is exported, a translator translates two activities' texts, the file is
 * imported as one command, and the French progress report gives those two in French, the others in
 * English marked "(en anglais seulement)", and counts two texts fewer in English.
 */
class TranslatorsRoundTripTest {

	private static final String A2 = "Travailler avec le PNUE-WCMC à une base de données unique accessible depuis les deux sites web";
	private static final String A3 = "Poursuivre les efforts d’harmonisation de la nomenclature et de la taxonomie dans les annexes";

	@Test
	void exportTranslateTwoUnitsImportAndReport() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		int inEnglish = new ProgressReport(programme).language("fr").data().textsInEnglish();

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		int units = Xliff.write(programme, "fr", exported);
		assertEquals(Translations.missing(programme, "fr").size(), units, "a unit per text with no French version");
		String translated = target(target(exported.toString(StandardCharsets.UTF_8), "A2#text", A2), "A3#text", A3);

		Xliff.Reading reading = Xliff.read(programme,
				new ByteArrayInputStream(translated.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(), reading.problems());
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create();
		domain.getCommandStack().execute(reading.command(domain));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ReportDesigns.get().require("progress").render(programme, Map.of("language", "fr"), ReportFormat.PDF, pdf);
		String text = String.join(" ", PdfText.pages(pdf.toByteArray())).replaceAll("\\s+", " ");
		// table cells wrap anywhere, after a hyphen too: compared without the spaces
		String packed = text.replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(packed.contains(A2.replace(" ", "")) && packed.contains(A3.replace(" ", "")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"the two translated texts are in the report: " + text);
		assertTrue(text.contains((inEnglish - 2) + " textes du programme n\u2019ont pas de version française"),
				"the count of texts in English, two fewer");
		assertTrue(text.contains("(en anglais seulement)"), "the others are marked");

		domain.getCommandStack().undo();
		assertEquals(inEnglish, new ProgressReport(programme).language("fr").data().textsInEnglish(),
				"undo takes the import back");
	}

	/** The unit {@code id} with a target, as a translation tool writes it. */
	private static String target(String xliff, String id, String text) {
		Matcher unit = Pattern
				.compile("<trans-unit id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*<source[^>]*>.*?</source>",
						Pattern.DOTALL)
				.matcher(xliff);
		assertTrue(unit.find(), "a unit " + id);
		return xliff.substring(0, unit.end()) + "<target>" + text + "</target>" + xliff.substring(unit.end());
	}
}
