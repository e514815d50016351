package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/**
 * The registry of {@code org.mea.jwp.reports.designs}: JWP Workbench's own designs, a design
 * contributed by this fragment (fragment.xml), and the broken contributions beside it.
 */
class ReportDesignsTest {

	private static final String CODES = "org.mea.jwp.reports.tests.codes";

	private Programme programme;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	@Test
	void ownDesignsComeFirstThenContributions() {
		List<String> ids = ReportDesigns.get().contributions().stream().map(ReportDesign::id).toList();
		assertEquals(List.of("progress", "final", "status", "species", "calendar"), ids.subList(0, 5), ids.toString());
		assertTrue(ids.contains(CODES), ids.toString());
		ReportDesign codes = ReportDesigns.get().require(CODES);
		assertEquals("Tests", codes.category());
		assertEquals(List.of(ReportFormat.PDF, ReportFormat.HTML), codes.formats());
		assertEquals(ReportParameter.Type.DATE, codes.parameter("reportingDate").type());
		assertEquals("org.mea.jwp.reports", ReportDesigns.get().require("progress").contributor(),
				"the id \"progress\" stays with its first contributor");
	}

	@Test
	void contributedDesignRendersFromTheDefaultData() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportDesigns.get().require(CODES).render(programme, Map.of("heading", "Codes", "reportingDate", "2013-06-30"),
				ReportFormat.HTML, out);
		String html = out.toString(StandardCharsets.UTF_8);
		assertTrue(html.contains("Heading: Codes / 30 June 2013"), "BIRT parameter and default data: " + html);
		for (Activity activity : programme.activities()) {
			assertTrue(html.contains(">" + activity.getCode() + "<"), activity.getCode());
		}
	}

	@Test
	void argumentsAreCheckedBeforeRendering() {
		ReportDesign codes = ReportDesigns.get().require(CODES);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> codes.render(programme, Map.of(), ReportFormat.HTML, out))
				.getMessage().contains("needs heading"));
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> codes.render(programme, Map.of("heading", "x", "colour", "red"), ReportFormat.HTML, out))
				.getMessage()
				.contains("takes only heading, reportingDate, not \"colour\""));
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> codes.render(programme, Map.of("heading", "x", "reportingDate", "June"), ReportFormat.HTML, out))
				.getMessage().contains("\"June\" is not a date"));
		assertEquals(0, out.size(), "nothing written");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportDesigns.get().require("nope")).getMessage()
				.contains("designs: progress, final, status, species, calendar"));
	}

	@Test
	void brokenContributionsAreLeftOutOrSwitchedOffAndOthersGoOn() throws Exception {
		List<String> problems = ReportDesigns.get().problems().stream().map(RegistryProblem::message).toList();
		assertTrue(
				ReportDesigns.get().problems().stream().filter(p -> "org.mea.jwp.reports.tests.nofile".equals(p.id()))
						.allMatch(p -> "org.mea.jwp.reports.tests".equals(p.contributor())
								&& ReportDesigns.EXTENSION_POINT.equals(p.extensionPoint())),
				problems.toString());
		assertTrue(
				problems.stream().anyMatch(
						p -> p.contains("org.mea.jwp.reports.tests.nofile") && p.contains("is not in the plug-in")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("badtype") && p.contains("\"timestamp\"")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("\"progress\"") && p.contains("taken")),
				problems.toString());

		assertTrue(ReportDesigns.get().find("org.mea.jwp.reports.tests.throws").isPresent());
		ReportException failure = assertThrows(ReportException.class, () -> ReportDesigns.get()
				.require("org.mea.jwp.reports.tests.throws")
				.render(programme, Map.of(), ReportFormat.HTML, new ByteArrayOutputStream()));
		assertTrue(
				failure.getMessage().contains("org.mea.jwp.reports.tests")
						&& failure.getMessage().contains("switched off"),
				failure.getMessage());
		assertFalse(ReportDesigns.get().find("org.mea.jwp.reports.tests.throws").isPresent(), "switched off");
		assertTrue(
				ReportDesigns.get().problems().stream().anyMatch(p -> "org.mea.jwp.reports.tests.throws".equals(p.id())
						&& "org.mea.jwp.reports.tests".equals(p.contributor()) && p.reason().contains("Throws (test)")),
				ReportDesigns.get().problems().toString());
		assertTrue(ReportDesigns.get().contributions().stream()
				.noneMatch(d -> d.id().equals("org.mea.jwp.reports.tests.throws")));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportDesigns.get().require("species").render(programme, Map.of(), ReportFormat.HTML, out);
		assertTrue(out.size() > 1000, "the other designs still render");
	}
}
