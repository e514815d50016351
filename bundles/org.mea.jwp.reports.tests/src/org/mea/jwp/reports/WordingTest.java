package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** The fixed words of committee documents in English, French and Spanish, and page 1 written in each. */
class WordingTest {

	@Test
	void ordinalsAndDatesAsEachLanguagePrintsThem() {
		assertEquals("1er mai 2014", Wording.of("fr").date(LocalDate.of(2014, 5, 1)), "French: the first of a month");
		assertEquals("1 de mayo de 2014", Wording.of("es").date(LocalDate.of(2014, 5, 1)));
		assertEquals("1 May 2014", Wording.english().date(LocalDate.of(2014, 5, 1)));
		assertEquals("1er \u2013 5 juillet 2014",
				Wording.of("fr").days(LocalDate.of(2014, 7, 1), LocalDate.of(2014, 7, 5)));
		Wording en = Wording.of("en");
		Wording fr = Wording.of("fr");
		Wording es = Wording.of("ES");
		assertEquals("Sixty-fifth", en.ordinal(65));
		assertEquals("First", en.ordinal(1));
		assertEquals("Soixante-cinquième", fr.ordinal(65));
		assertEquals("Sexagésimo quinta", es.ordinal(65), "as SC66's 'Sexagésimo sexta reunión'");
		assertEquals("Sexagésimo sexta", es.ordinal(66));
		assertEquals("Vigésimo séptima", es.ordinal(27), "as AC27's");
		assertEquals("Decimoquinta", es.ordinal(15), "as CoP15's");
		assertEquals("40th", en.ordinalInFigures(40));
		assertEquals("62nd", en.ordinalInFigures(62));
		assertEquals("40ème", fr.ordinalInFigures(40));

		LocalDate start = LocalDate.of(2014, 7, 7);
		LocalDate end = LocalDate.of(2014, 7, 11);
		assertEquals("7-11 July 2014", en.days(start, end));
		assertEquals("7 \u2013 11 juillet 2014", fr.days(start, end));
		assertEquals("7-11 de julio de 2014", es.days(start, end));
		assertEquals("24 de septiembre \u2013 5 de octubre de 2016",
				es.days(LocalDate.of(2016, 9, 24), LocalDate.of(2016, 10, 5)));
		assertEquals("31 décembre 2014", fr.date(LocalDate.of(2014, 12, 31)));
		assertEquals("Langue originale\u00a0: anglais", fr.text("language.line"));

		assertTrue(assertThrows(IllegalArgumentException.class, () -> Wording.of("de")).getMessage()
				.contains("\"de\" is not one of en, fr, es"));
	}

	@Test
	void page1OfTheProgressReportInFrenchAndSpanish() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		Map<String, List<String>> expected = Map.of(
				"fr", List.of("Langue originale : anglais", "Soixante-cinquième session du Comité permanent",
						"7 \u2013 11 juillet 2014", "RAPPORT D'ACTIVITÉ", "Historique",
						"Le présent document a été préparé par le Secrétariat.",
						"CONVENTION SUR LE COMMERCE INTERNATIONAL DES ESPECES DE FAUNE ET DE FLORE SAUVAGES MENACEES D'EXTINCTION",
						"Genève (Suisse), 7 \u2013 11 juillet 2014",
						"textes du programme n\u2019ont pas de version française et figurent en anglais",
						"Au 7 juillet 2014, le programme comprend 31 activités réparties en 4 thèmes",
						"Activités par thème et par état d'avancement au 7 juillet 2014"),
				"es",
				List.of("Idioma original: inglés", "Sexagésimo quinta reunión del Comité Permanente",
						"7-11 de julio de 2014",
						"INFORME SOBRE LOS PROGRESOS", "Antecedentes",
						"El presente documento ha sido preparado por la Secretaría.",
						"CONVENCIÓN SOBRE EL COMERCIO INTERNACIONAL DE ESPECIES AMENAZADAS DE FAUNA Y FLORA SILVESTRES",
						"Ginebra (Suiza), 7-11 de julio de 2014",
						"Al 7 de julio de 2014, el programa comprende 31 actividades en 4 temas",
						"Actividades por tema y estado al 7 de julio de 2014"));
		for (Map.Entry<String, List<String>> language : expected.entrySet()) {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			ReportDesigns.get().require("progress").render(programme, Map.of("language", language.getKey()),
					ReportFormat.PDF, pdf);
			Files.createDirectories(Path.of("target", "layouts"));
			Files.write(Path.of("target", "layouts", "progress-" + language.getKey() + ".pdf"), pdf.toByteArray());
			// the extractor puts a space of its own beside the no-break space before a colon; the title wraps
			List<String> pages = PdfText.pages(pdf.toByteArray());
			String first = pages.get(0).replaceAll("\\s+", " ");
			String firstTwo = (pages.get(0) + " " + pages.get(1)).replaceAll("\\s+", " "); // the chart may go to page 2
			for (String words : language.getValue()) {
				assertTrue(firstTwo.contains(words), language.getKey() + ": \"" + words + "\" in " + firstTwo);
			}
			for (String firstPage : language.getValue().subList(0, 3)) {
				assertTrue(first.contains(firstPage),
						language.getKey() + ": \"" + firstPage + "\" on page 1: " + first);
			}
			assertTrue(Pattern.compile("SC65 Doc\\. 14\\.3 \u2013 p\\. ?1\\b").matcher(first).find(),
					"the footer: " + first);
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ReportDesigns.get().require("final").render(programme, Map.of("language", "fr", "committee", "CMS_STC"),
				ReportFormat.PDF, pdf);
		String cms = PdfText.pages(pdf.toByteArray()).get(0).replaceAll("\\s+", " ");
		for (String words : List.of("Distribution: Générale", "Original : Anglais", "40ème RÉUNION DU COMITÉ PERMANENT",
				"Point 14.3 de l'ordre du jour", "RAPPORT FINAL", "Résumé :")) {
			assertTrue(cms.contains(words), "\"" + words + "\" in " + cms);
		}
		ProgressReportData french = new ProgressReport(programme).language("fr").data();
		assertTrue(
				french.paragraphs().stream()
						.anyMatch(p -> "Le thème A (Harmonization) compte 5 activités\u00a0: 5 non commencées."
								.equals(p.get("text"))),
				"the theme's counts, the statuses in French: " + french.paragraphs());
		assertTrue(french.recommendations()
				.startsWith("Le Comité permanent est invité à prendre note du présent rapport"));
		Map<String, Object> b6 = french.annex().stream().filter(row -> "B6".equals(row.get("code"))).findFirst()
				.orElseThrow();
		assertEquals("non commencée (en retard)", b6.get("statusText"), "B6 is overdue at the reporting date");
		assertEquals("Chef de file", french.word("column.lead"));
		// checked as a parameter of type language, before anything is rendered
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportDesigns.get().require("progress")
				.render(programme, Map.of("language", "de"), ReportFormat.PDF, new ByteArrayOutputStream()))
				.getMessage()
				.contains("\"de\" is not one of en, fr, es"));
	}

	@Test
	void twoActivitiesInFrenchTheOthersMarkedAndCounted() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		int allInEnglish = new ProgressReport(programme).language("fr").data().textsInEnglish();
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create();
		domain.getCommandStack().execute(Translations.set(domain, programme.findActivity("A1"), Literals.ACTIVITY__TEXT,
				"fr",
				"Mise à jour continue de la liste de concordance des espèces inscrites aux annexes des deux Conventions."));
		domain.getCommandStack().execute(Translations.set(domain, programme.findActivity("A5"), Literals.ACTIVITY__TEXT,
				"fr",
				"Évaluer de façon critique les différences taxonomiques entre la liste d'espèces commune CMS-CITES et la Liste rouge de l'UICN."));

		ProgressReportData french = new ProgressReport(programme).language("fr").data();
		Map<String, String> texts = new java.util.HashMap<>();
		french.annex().forEach(row -> texts.put((String) row.get("code"), (String) row.get("activity")));
		assertTrue(texts.get("A1").startsWith("Mise à jour continue"), texts.get("A1"));
		assertTrue(texts.get("A5").startsWith("Évaluer de façon critique"), texts.get("A5"));
		assertTrue(texts.get("A2").endsWith(" (en anglais seulement)"), "the original, marked: " + texts.get("A2"));
		assertEquals(29, texts.values().stream().filter(t -> t.contains("(en anglais seulement)")).count(),
				"31 activities, two in French");
		assertEquals(allInEnglish - 2, french.textsInEnglish(), "two texts fewer in English");
		assertTrue(french.paragraphs().stream().anyMatch(p -> p.get("text").equals((allInEnglish - 2)
				+ " textes du programme n\u2019ont pas de version française et figurent en anglais, marqués « en anglais seulement »."
						.replace(" »", "\u00a0»").replace("« ", "«\u00a0"))),
				"the count, in a paragraph");
		assertEquals(0, new ProgressReport(programme).data().textsInEnglish(), "nothing falls back in English");

		programme.findActivity("A1").setText(programme.findActivity("A1").getText() + " Updated.");
		assertEquals(allInEnglish - 1, new ProgressReport(programme).language("fr").data().textsInEnglish(),
				"a translation whose original changed is not used");
	}
}
