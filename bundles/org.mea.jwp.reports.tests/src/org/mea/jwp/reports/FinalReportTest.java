package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.cycles.Baselines;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;

/**
 * The final report ({@code designs/final.rptdesign}) of the shipped 2012-2014 programme with its
 * three cycles: what each activity achieved over the period, with its status in each record.
 */
class FinalReportTest {

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private static String text(List<Map<String, Object>> paragraphs) {
		return paragraphs.stream().map(p -> p.get("number") + " " + p.get("text")).collect(Collectors.joining("\n"));
	}

	private static Map<String, Object> row(FinalReportData data, String code) {
		return data.annex().stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
	}

	@Test
	void theShippedProgrammeHasAColumnForItsOneBaselineAndTheEndAndNamesTheCyclesWithout() throws Exception {
		assertEquals(3, programme.getCycles().size(), "SC62, SC65 and StC40");
		FinalReportData data = new ProgressReport(programme).finalReportData();
		assertEquals(List.of("SC62\n23 July 2012", "End of period\n31 December 2014"),
				data.columns().stream().map(FinalReportData.Column::heading).toList());
		assertEquals("", data.columnHeading(3), "an unused column: hidden");
		assertEquals("CMS-CITES JOINT WORK PROGRAMME 2012-2014: FINAL REPORT", data.title());
		String text = text(data.paragraphs());
		assertTrue(
				text.contains(
						"No baseline was recorded for SC65 (1 May 2014) and StC40, which have no column in the Annex."),
				text);
		assertTrue(text.contains("No final baseline has been recorded"), text);
		assertTrue(text.contains("; at SC62 (23 July 2012), 31 activities:"), text);
		assertTrue(text.endsWith("The Standing Committee is invited to take note of this final report."), text);
		assertTrue(text.contains("At the end of the period (31 December 2014), 31 activities:"), text);
		assertEquals(31, data.annex().size(), "every activity");
		Map<String, Object> b6 = row(data, "B6");
		assertEquals(programme.findActivity("B6").getStatus().getLiteral(), b6.get("column2"), "the end: as it stands");
		assertEquals("", b6.get("column3"));
	}

	@Test
	void eachColumnIsTheStatusInItsRecordAndTheProgressOfThePeriodIsListed() throws Exception {
		Activity b6 = programme.findActivity("B6");
		ActivityStatus atAdoption = b6.getStatus();
		b6.setStatus(ActivityStatus.COMPLETED);
		ProgressEntry first = progress(LocalDate.of(2013, 3, 4), "Guidelines drafted with the MIKE programme.");
		ProgressEntry second = progress(LocalDate.of(2014, 9, 30), "Guidelines published.");
		b6.getProgress().addAll(List.of(second, first));
		FinalReportData data = new ProgressReport(programme).finalReportData();
		Map<String, Object> row = row(data, "B6");
		assertEquals(atAdoption.getLiteral(), row.get("column1"), "at SC62");
		assertEquals("completed", row.get("column2"), "at the end");
		assertEquals(
				"4 March 2013: Guidelines drafted with the MIKE programme.\n30 September 2014: Guidelines published.",
				row.get("achieved"), "every entry, in date order");
	}

	@Test
	void afterContinuingTheEndIsTheFinalBaselineAndTheCarriedForwardActivitiesSaySo() throws Exception {
		Activity a2 = programme.findActivity("A2");
		a2.setStatus(ActivityStatus.COMPLETED);
		a2.getProgress().add(progress(LocalDate.of(2014, 11, 14),
				"Shared database of the two Conventions' listings online with UNEP-WCMC."));
		List<Activity> carried = Continuation.open(programme);
		Programme next = Continuation.from(programme, 2015, 2020, carried);
		Continuation.markCarriedForward(programme, next, carried, LocalDate.of(2015, 1, 20));
		programme.findActivity("B6").setStatus(ActivityStatus.CANCELLED); // after the record: not in the report
		FinalReportData data = new ProgressReport(programme).cycle("cycle-final").finalReportData();
		assertEquals("End of period\n31 December 2014", data.columnHeading(2));
		assertEquals("completed", row(data, "A2").get("column2"));
		assertEquals("14 November 2014: Shared database of the two Conventions' listings online with UNEP-WCMC.",
				row(data, "A2").get("achieved"),
				"completed: not carried forward");
		Map<String, Object> b6 = row(data, "B6");
		assertFalse("cancelled".equals(b6.get("column2")), "the final baseline, not the programme as it is now");
		assertTrue(((String) b6.get("achieved"))
				.endsWith("Carried forward to the CMS-CITES Joint Work Programme 2015-2020."));
		String text = text(data.paragraphs());
		assertFalse(text.contains("No final baseline"), text);
		assertTrue(text.contains(
				carried.size() + " activities were carried forward to the CMS-CITES Joint Work Programme 2015-2020"),
				text);

		// the picture of docs/report-layouts.md is page 3 of this file
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ReportService.get().render(ReportService.ownDesign("final"), "final",
				Map.of(ReportService.APP_CONTEXT_KEY, data), Map.of(),
				ReportFormat.PDF, pdf);
		Files.createDirectories(Path.of("target", "layouts"));
		Files.write(Path.of("target", "layouts", "final-continued.pdf"), pdf.toByteArray());
		assertTrue(String.join("\n", PdfText.pages(pdf.toByteArray()))
				.contains("Carried forward to the CMS-CITES Joint Work Programme 2015-2020."));
	}

	@Test
	void withMoreRecordsThanColumnsTheFirstAndTheLatestAreShown() throws Exception {
		for (int year = 2013; year <= 2017; year++) {
			ReportingCycle cycle = JwpFactory.eINSTANCE.createReportingCycle();
			cycle.setId("cycle-" + year);
			cycle.setDocumentSymbol("Doc " + year);
			cycle.setReportingDate(LocalDate.of(year, 6, 1));
			cycle.setBaseline(Baselines.snapshot(programme, LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 1)));
			programme.getCycles().add(cycle);
		}
		FinalReportData data = new ProgressReport(programme).finalReportData();
		assertEquals(List.of("SC62", "Doc 2015", "Doc 2016", "Doc 2017", "End of period"),
				data.columns().stream().map(FinalReportData.Column::label).toList());
		assertEquals("", data.columnHeading(6));
	}

	@Test
	void rendersInTheCommitteesLayoutFromTheDesignsRegistry() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportDesigns.get().require("final").render(programme, Map.of(), ReportFormat.PDF, out);
		List<String> pages = PdfText.pages(out.toByteArray());
		Files.createDirectories(Path.of("target", "layouts"));
		Files.write(Path.of("target", "layouts", "final-cites.pdf"), out.toByteArray());
		String first = pages.get(0);
		assertTrue(first.contains("CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES"), first);
		assertTrue(first.contains("CMS-CITES JOINT WORK PROGRAMME 2012-2014: FINAL REPORT"), first);
		assertTrue(first.contains("Achievements over the period 2012-2014"), first);
		String all = String.join("\n", pages);
		int annex = all.indexOf("WHAT EACH ACTIVITY ACHIEVED OVER THE PERIOD");
		assertTrue(annex > 0, all);
		String table = all.substring(annex).replaceAll("\\s+", " "); // headings wrap in their narrow columns
		assertTrue(table.contains("SC62 23 July 2012"), table);
		assertTrue(table.contains("End of period 31 December 2014"), table);
		for (Activity activity : programme.activities()) {
			assertTrue(table.contains(activity.getCode()), activity.getCode());
		}

		ByteArrayOutputStream cms = new ByteArrayOutputStream();
		ReportDesigns.get().require("final").render(programme, Map.of("committee", "body-cms-stc"), ReportFormat.PDF,
				cms);
		Files.write(Path.of("target", "layouts", "final-cms.pdf"), cms.toByteArray());
		List<String> cmsPages = PdfText.pages(cms.toByteArray());
		assertTrue(cmsPages.get(0).contains("Distribution: General"), cmsPages.get(0));
		assertTrue(cmsPages.get(0).contains("Summary:"), cmsPages.get(0));
		assertTrue(cmsPages.get(1).contains("(Prepared by the UNEP/CMS Secretariat)"), cmsPages.get(1));
	}

	@Test
	void wordAndSpreadsheetVersionsKeepTheAnnexApart() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		ReportDesigns.get().require("final").render(programme, Map.of(), ReportFormat.DOCX, docx);
		String document = part(docx.toByteArray(), "word/document.xml");
		List<String> sections = Pattern.compile("<w:sectPr>.*?</w:sectPr>").matcher(document).results()
				.map(MatchResult::group).toList();
		assertEquals(2, sections.size(), "the text, then the Annex");
		assertFalse(sections.get(0).contains("landscape"), sections.get(0));
		assertTrue(sections.get(1).contains("w:orient=\"landscape\""), sections.get(1));
		String annexSection = document.substring(document.indexOf("</w:sectPr>"));
		assertTrue(annexSection.indexOf("jwp_heading1_annex") < annexSection.indexOf("<w:tbl>"),
				"the Annex heading is not inside a table, which a word processor would move whole to the next page");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		ReportDesigns.get().require("final").render(programme, Map.of(), ReportFormat.XLSX, xlsx);
		assertEquals(List.of("Report", "Annex"), Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"")
				.matcher(part(xlsx.toByteArray(), "xl/workbook.xml")).results().map(m -> m.group(1)).toList());
	}

	private static String part(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " is missing");
	}

	private static ProgressEntry progress(LocalDate date, String narrative) {
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(date);
		entry.setNarrative(narrative);
		return entry;
	}
}
