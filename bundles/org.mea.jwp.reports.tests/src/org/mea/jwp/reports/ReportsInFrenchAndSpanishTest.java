package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;

/**
 * Every design rendered in French and in Spanish: the fixed texts are the language's, and none of
 * the English ones is left (the programme's own texts aside, which stay in English when they have
 * no translation; the English phrases checked are ones the programme does not use).
 */
class ReportsInFrenchAndSpanishTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	/** The PDF's text, spaces (no-break ones too) as one space; the PDF kept in target/layouts. */
	private String render(String design, String language, Map<String, String> arguments) throws Exception {
		Map<String, String> all = new HashMap<>(arguments);
		if (language != null) {
			all.put("language", language);
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ReportDesigns.get().require(design).render(programme, all, ReportFormat.PDF, pdf);
		Files.createDirectories(Path.of("target", "layouts"));
		Files.write(Path.of("target", "layouts", "nl-" + design + "-" + (language == null ? "en" : language) + ".pdf"),
				pdf.toByteArray());
		return String.join("\n", PdfText.pages(pdf.toByteArray())).replaceAll("\\s+", " ");
	}

	private static void check(String design, String language, String text, List<String> expected,
			List<String> english) {
		List<String> missing = new ArrayList<>(expected.stream().filter(words -> !text.contains(words)).toList());
		assertEquals(List.of(), missing, design + " in " + language + ": missing from " + text);
		List<String> left = english.stream().filter(text::contains).toList();
		assertEquals(List.of(), left, design + " in " + language + ": English left in " + text);
	}

	@Test
	void progressReportChangesAndAdoption() throws Exception {
		programme.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS);
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 4, 1));
		entry.setNarrative("Two projects approved.");
		programme.findActivity("B1").getProgress().add(entry);
		Map<String, String> cycle = Map.of("cycle", "cycle-sc65");
		String english = render("progress", null, cycle);
		assertTrue(english.contains("Changes since SC62"), english);
		List<String> englishWords = List.of("Changes since", "Since SC62", "activity has changed", "new progress entr",
				"Status: ",
				"At its", "which covers the period", "meeting (Geneva", "Change since",
				"Activities by theme and status", "(overdue)");
		check("progress", "fr", render("progress", "fr", cycle), List.of(
				"Changements depuis la SC62 (Genève (Suisse), 23 \u2013 27 juillet 2012)",
				"activités ont changé ; l'annexe signale chacune d'elles dans sa colonne « Changement depuis la SC62 ».",
				"A1. État : non commencée \u2192 en cours.", "B1. 1 nouvelle entrée de progrès.",
				"qui couvre la période 2012-2014."),
				englishWords);
		check("progress", "es", render("progress", "es", cycle),
				List.of("Cambios desde la SC62 (Ginebra (Suiza), 23-27 de julio de 2012)",
						"actividades; el anexo señala cada una de ellas en su columna «Cambio desde la SC62».",
						"A1. Estado: no iniciada \u2192 en curso.", "B1. 1 nueva entrada de progresos.",
						"que abarca el período 2012-2014."),
				englishWords);
	}

	@Test
	void finalReport() throws Exception {
		programme.setSuccessor("CMS-CITES Joint Work Programme 2015-2020");
		programme.findActivity("B6").setCarriedForwardTo("CMS-CITES Joint Work Programme 2015-2020");
		String english = render("final", null, Map.of());
		assertTrue(english.contains("No baseline was recorded for SC65 (1 May 2014) and StC40"), english);
		List<String> englishWords = List.of("End of period", "At the end of the period", "The Annex gives",
				"No progress was reported",
				"progress entries were", "progress entry was", "No final baseline", "No baseline was recorded",
				"Carried forward to the",
				"At its", "which covers the period", "Theme A", "(31 December 2014)");
		check("final", "fr", render("final", "fr", Map.of()), List.of(
				"À la fin de la période (31 décembre 2014), 31 activités : ",
				"; à la SC62 (23 juillet 2012), 31 activités : ", "Thème A (",
				"Aucune référence n'a été enregistrée pour SC65 (1er mai 2014) et StC40, pour lesquelles l'annexe ne comporte donc pas de colonne.",
				"Aucune référence finale n'a été enregistrée", "Fin de la période",
				"Reportée au CMS-CITES Joint Work Programme 2015-2020."),
				englishWords);
		check("final", "es", render("final", "es", Map.of()), List.of(
				"Al final del período (31 de diciembre de 2014), 31 actividades: ",
				"; en la SC62 (23 de julio de 2012), 31 actividades: ", "Tema A (",
				"No se registró ninguna referencia para SC65 (1 de mayo de 2014) y StC40, que no tienen columna en el anexo.",
				"No se ha registrado ninguna referencia final", "Fin del período",
				"Trasladada al CMS-CITES Joint Work Programme 2015-2020."),
				englishWords);
	}

	@Test
	void statusOverview() throws Exception {
		String english = render("status", null, Map.of());
		List<String> englishWords = new ArrayList<>(
				List.of("STATUS OVERVIEW", "Status overview", "Activities by theme", "Activities by lead",
						"Overdue at the reporting date", "Falling due", "Reporting deadlines",
						"Subject to external funding", "as at",
						"Timeframe", "Report due", "whole programme", "days before the meeting", "Progress report SC",
						"Progress report for", "not started", "in progress",
						"awaiting funding", "None.", "Activity Timeframe"));
		assertTrue(englishWords.stream().filter(words -> !words.equals("None.") && !words.equals("whole programme")
				&& !words.equals("days before the meeting")).allMatch(english::contains), english);
		// the charts are pictures: their legends and axes (statuses, "activités") are seen on the rendered pages, not here
		check("status", "fr", render("status", "fr", Map.of()), List.of("VUE D'ENSEMBLE DE L'ÉTAT D'AVANCEMENT",
				"Activités par thème et par état d'avancement", "Activités par secrétariat chef de file",
				"En retard à la date du rapport",
				"Échéances des rapports", "Dépendant d'un financement externe", "Échéance", "Chef de file",
				"non commencée",
				"en attente de fonds", "Vue d'ensemble de l'état d'avancement \u2013 p.", "Rapport d'activité",
				" au 31 décembre 2014"),
				englishWords);
		check("status", "es", render("status", "es", Map.of()), List.of("PANORAMA DEL ESTADO DE LAS ACTIVIDADES",
				"Actividades por tema y estado", "Actividades por secretaría responsable y estado",
				"Atrasadas en la fecha del informe",
				"Plazos de presentación de informes", "Sujetas a financiación externa", "Plazo", "Responsable",
				"no iniciada",
				"a la espera de fondos", "Panorama del estado de las actividades \u2013 pág.",
				"Informe sobre los progresos",
				" al 31 de diciembre de 2014"), englishWords);
	}

	@Test
	void chartLabelsInTheReportsLanguage() throws Exception {
		ProgressReportData french = new ProgressReport(programme).language("fr").data();
		assertEquals("en attente de financement", french.chartLabel("awaiting funding"));
		assertEquals("activités", french.chartLabel("activities"));
		assertEquals("A. Harmonization", french.chartLabel("A. Harmonization"), "a theme: as it is");
		StatusOverview.Data spanish = new StatusOverview(programme).language("es").data();
		assertEquals("no iniciada", spanish.chartLabel("not started"));
		assertEquals("no iniciada", spanish.chartLabel("non commencée"), "a chart drawn before in French");
		assertEquals("not started", new StatusOverview(programme).data().chartLabel("no iniciada"),
				"and again in English");
	}

	@Test
	void speciesConcordance() throws Exception {
		String english = render("species", null, Map.of());
		List<String> englishWords = List.of("SPECIES CONCORDANCE", "Species concordance", "Common names", "CITES name",
				"CITES App.",
				"CMS name", "CMS App.", "CITES/CMS differ", "as at", "not listed", "I and II");
		assertTrue(english.contains("Common names") && english.contains("I and II"), english);
		check("species", "fr", render("species", "fr", Map.of()),
				List.of("CONCORDANCE DES ESPÈCES", "Noms communs", "Rang", "Nom CITES",
						"Annexe CITES", "Écarts CITES/CMS", "espèce", "I et II", "Concordance des espèces \u2013 p.",
						" au 31 décembre 2014"),
				englishWords);
		check("species", "es", render("species", "es", Map.of()),
				List.of("CONCORDANCIA DE ESPECIES", "Nombres comunes", "Rango",
						"Apéndice CITES", "Diferencias CITES/", "especie", "I y II",
						"Concordancia de especies \u2013 pág.",
						" al 31 de diciembre de 2014"),
				englishWords);
	}

	@Test
	void meetingCalendar() throws Exception {
		String english = render("calendar", null, Map.of());
		List<String> englishWords = List.of("MEETING CALENDAR", "Meeting calendar", "Due at the meeting",
				"Date not given", "as at",
				"Report: ", "When Meeting");
		assertTrue(english.contains("Date not given") && english.contains("When Meeting"), english);
		Pattern activities = Pattern.compile("Activities [A-D]\\d");
		assertTrue(activities.matcher(english).find(), english);
		String french = render("calendar", "fr", Map.of());
		check("calendar", "fr", french,
				List.of("CALENDRIER DES RÉUNIONS ET ÉCHÉANCES", "Date Réunion Cote", "À remettre à la réunion",
						"Date non indiquée", "Activités B12", "Calendrier des réunions et échéances \u2013 p."),
				englishWords);
		String spanish = render("calendar", "es", Map.of());
		check("calendar", "es", spanish,
				List.of("CALENDARIO DE REUNIONES Y PLAZOS", "Fecha Reunión Signatura", "Para presentar en la reunión",
						"Fecha no indicada", "Actividades B12", "Calendario de reuniones y plazos \u2013 pág."),
				englishWords);
		assertTrue(!activities.matcher(french).find() && !activities.matcher(spanish).find(),
				"activities due: " + french);
	}
}
