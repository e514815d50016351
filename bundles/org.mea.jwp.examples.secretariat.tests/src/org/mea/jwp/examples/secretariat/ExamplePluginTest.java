package org.mea.jwp.examples.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.ConstraintDescriptor;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ReportDesign;
import org.mea.jwp.reports.ReportDesigns;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.ReportFormat;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The example plug-in's contributions are picked up by JWP Workbench's extension points and work. */
class ExamplePluginTest {

	private static final String WORKPLAN = "org.mea.jwp.examples.secretariat.workplan";
	private static final String RULE = "org.mea.jwp.examples.secretariat.funding.partner";
	private static final String MARKDOWN = "org.mea.jwp.examples.secretariat.markdown";

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@Test
	void theValidationRuleRunsWithTheBuiltInOnes() {
		ConstraintDescriptor rule = ProgrammeValidation.constraints().stream()
				.filter(c -> c.id().equals(RULE))
				.findFirst().orElseThrow(() -> new AssertionError("the example's constraint is registered"));
		assertEquals(Diagnostic.WARNING, rule.severity());

		Diagnostic result = ProgrammeValidation.validate(programme, LocalDate.of(2014, 12, 31));
		Set<String> flagged = new TreeSet<>();
		collect(result, flagged);
		// SC62 Doc. 14.3 marks B1, B5, B8, B10 and B13 "subject to external funding"; B8 (FAO) and B13
		// name partners, the other three none
		assertEquals(Set.of("B1", "B5", "B10"), flagged, "activities subject to external funding without a partner");

		// a partner named for B1, and B5 no longer waiting for funding: both leave the findings
		Activity b1 = programme.findActivity("B1");
		b1.getPartners().add(programme.findActivity("B8").getPartners().get(0));
		programme.findActivity("B5").setFunding(FundingCondition.NONE);
		Set<String> after = new TreeSet<>();
		collect(ProgrammeValidation.validate(programme, LocalDate.of(2014, 12, 31)), after);
		assertEquals(Set.of("B10"), after, "after B1 gained a partner and B5 lost its funding condition");
	}

	/** Codes of the activities the example's rule reported, at any depth of the diagnostic tree. */
	private static void collect(Diagnostic diagnostic, Set<String> codes) {
		if (diagnostic.getData().contains(RULE) && diagnostic.getData().get(0) instanceof Activity activity) {
			assertEquals(Diagnostic.WARNING, diagnostic.getSeverity());
			codes.add(activity.getCode());
		}
		diagnostic.getChildren().forEach(child -> collect(child, codes));
	}

	@Test
	void theReportDesignIsListedAndRenders() throws Exception {
		ReportDesign workplan = ReportDesigns.get().require(WORKPLAN);
		assertEquals("Secretariat documents", workplan.category());
		assertEquals("org.mea.jwp.examples.secretariat", workplan.contributor());
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		workplan.render(programme, Map.of("lead", "CMS"), ReportFormat.PDF, pdf);
		PdfReader reader = new PdfReader(pdf.toByteArray());
		String first;
		try {
			first = new PdfTextExtractor(reader).getTextFromPage(1);
		} finally {
			reader.close();
		}
		assertTrue(first.contains("WORK PLAN OF THE CMS SECRETARIAT"), first);
		List<String> cmsOnly = programme.activities().stream().filter(a -> a.getLead() == LeadSecretariat.CMS)
				.map(Activity::getCode).toList();
		assertTrue(first.contains(cmsOnly.get(0)), "an activity CMS leads: " + cmsOnly);
	}

	@Test
	void aWrongSecretariatIsNamedAndTheDesignStaysOn() {
		ReportException wrong = assertThrows(ReportException.class, () -> ReportDesigns.get().require(WORKPLAN)
				.render(programme, Map.of("lead", "WWF"), ReportFormat.HTML, new ByteArrayOutputStream()));
		assertTrue(wrong.getMessage().contains("\"WWF\""), wrong.getMessage());
		assertTrue(ReportDesigns.get().find(WORKPLAN).isPresent(), "a user's mistake does not switch the design off");
	}

	@Test
	void theExporterIsListedAndWritesMarkdown() throws Exception {
		DataFormat markdown = DataFormats.get().exporter(MARKDOWN)
				.orElseThrow(() -> new AssertionError("the example's exporter is registered"));
		assertEquals(List.of("md"), markdown.extensions());
		assertEquals("markdown", markdown.alias());
		assertEquals(markdown, DataFormats.get().exporter("markdown").orElseThrow(),
				"found by its alias, what jwp export --format takes");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataFormats.get().write(markdown, programme, out);
		List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertEquals("# " + programme.getTitle(), lines.get(0));
		long rows = lines.stream().filter(l -> l.matches("\\| [A-D]\\d+ \\|.*")).count();
		assertEquals(programme.activities().size(), rows, "one table row per activity");
		assertTrue(lines.stream().allMatch(l -> !l.startsWith("|") || l.endsWith("|")), "no cell breaks its row");
	}
}
