package @id@;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ReportDesign;
import org.mea.jwp.reports.ReportDesigns;
import org.mea.jwp.reports.ReportFormat;

/**
 * The plug-in's contributions (a rule, a data format, a report design), found and run by JWP
 * Workbench as the product does, on the programme the workbench embeds (the CMS-CITES Joint Work
 * Programme 2012-2014).
 */
class PluginTest {

	private static final String RULE = "@id@.text.length";
	private static final String EXPORTER = "@id@.codes";
	private static final String DESIGN = "@id@.activities";
	private static final LocalDate REPORTING_DATE = LocalDate.of(2014, 12, 31);

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@Test
	void theRuleRunsWithTheBuiltInOnes() {
		assertTrue(ProgrammeValidation.constraints().stream().anyMatch(rule -> rule.id().equals(RULE)),
				"the rule is registered");
		Activity b6 = programme.findActivity("B6");
		assertTrue(!flagged().contains("B6"), "B6 as the programme has it is short enough");

		b6.setText("x".repeat(ActivityTextLengthRule.LIMIT + 1));
		assertTrue(flagged().contains("B6"), "B6 with a text over the limit is flagged");
	}

	/** Codes of the activities this plug-in's rule reports, at any depth of the findings. */
	private Set<String> flagged() {
		Set<String> codes = new TreeSet<>();
		collect(ProgrammeValidation.validate(programme, REPORTING_DATE), codes);
		return codes;
	}

	private static void collect(Diagnostic diagnostic, Set<String> codes) {
		if (diagnostic.getData().contains(RULE) && diagnostic.getData().get(0) instanceof Activity activity) {
			codes.add(activity.getCode());
		}
		diagnostic.getChildren().forEach(child -> collect(child, codes));
	}

	@Test
	void theExporterWritesOneLinePerActivity() throws Exception {
		DataFormat format = DataFormats.get().exporter("@alias@")
				.orElseThrow(() -> new AssertionError("the exporter is registered under its alias"));
		assertEquals(EXPORTER, format.id());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataFormats.get().write(format, programme, out);
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(programme.activities().size(), lines.size(), "one line per activity");
		assertTrue(lines.contains("B6\t" + programme.findActivity("B6").getStatus().getLiteral() + "\t"
				+ programme.findActivity("B6").getLead().getLiteral()), String.join("\n", lines));
	}

	@Test
	void theDesignIsListedAndRendersEveryActivity() throws Exception {
		ReportDesign design = ReportDesigns.get().require(DESIGN);
		assertEquals("@id@", design.contributor());
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		design.render(programme, Map.of(), ReportFormat.HTML, html);
		String page = html.toString(StandardCharsets.UTF_8);
		assertTrue(page.contains("Activities of the " + programme.getTitle()), "the title");
		for (Activity activity : programme.activities()) {
			assertTrue(page.contains(">" + activity.getCode() + "<"), activity.getCode() + " has a row");
		}
	}
}
