package org.mea.jwp.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/**
 * The registry lists the built-in formats and this fragment's, leaves malformed declarations out,
 * and switches off a contribution that fails without failing its caller or the other formats.
 */
class DataFormatsTest {

	private static final String FRAGMENT = "org.mea.jwp.core.tests";

	/** A registry of its own per test, so that formats switched off in one test stay on in the next. */
	private DataFormats formats;
	private Programme programme;

	@BeforeEach
	void setUp() throws Exception {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		formats = new DataFormats(registry.getConfigurationElementsFor(DataFormats.IMPORTERS),
				registry.getConfigurationElementsFor(DataFormats.EXPORTERS));
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private static List<String> ids(List<DataFormat> formats) {
		return formats.stream().map(DataFormat::id).toList();
	}

	@Test
	void listsTheBuiltInFormats() {
		List<String> importers = ids(DataFormats.get().importers());
		assertTrue(importers.containsAll(List.of("org.mea.jwp.core.species.csv", "org.mea.jwp.core.activities.csv")),
				importers.toString());
		List<String> exporters = ids(DataFormats.get().exporters());
		assertTrue(exporters.containsAll(List.of("org.mea.jwp.core.activities.csv", "org.mea.jwp.core.taxa.csv",
				"org.mea.jwp.core.json", "org.mea.jwp.core.iati.xml")), exporters.toString());
		DataFormat species = DataFormats.get().importer("org.mea.jwp.core.species.csv").orElseThrow();
		assertEquals("Species listing (CSV)", species.name());
		assertEquals(List.of("csv"), species.extensions());
		assertEquals("org.mea.jwp.core", species.contributor());
		assertTrue(species.accepts("Listing.CSV"));
		DataFormat appendices = DataFormats.get().importer("org.mea.jwp.core.cites.appendices.html").orElseThrow();
		assertEquals("CITES Appendices as published (HTML)", appendices.name());
		assertEquals(List.of("html", "htm"), appendices.extensions());
		assertTrue(appendices.accepts("appendices.htm") && !appendices.accepts("appendices.csv"));
		assertEquals("IATI 2.03 activities",
				DataFormats.get().exporter("org.mea.jwp.core.iati.xml").orElseThrow().name());
		assertSame(DataFormats.get(), DataFormats.get(), "one registry, made once");
	}

	@Test
	void theBuiltInFormatsAreFoundByTheirAliasesInAnyCase() {
		DataFormats all = DataFormats.get();
		assertEquals("org.mea.jwp.core.iati.xml", all.exporter("iati").orElseThrow().id());
		assertEquals("org.mea.jwp.core.iati.xml", all.exporter(" IATI ").orElseThrow().id());
		assertEquals("org.mea.jwp.core.json", all.exporter("json").orElseThrow().id());
		assertEquals("org.mea.jwp.core.taxa.csv", all.exporter("taxa-csv").orElseThrow().id());
		assertEquals("org.mea.jwp.core.species.csv", all.importer("species-csv").orElseThrow().id());
		assertEquals("org.mea.jwp.core.speciesplus.csv", all.importer("speciesplus-csv").orElseThrow().id());
		assertEquals("org.mea.jwp.core.cites.appendices.html", all.importer("cites-appendices").orElseThrow().id());
		assertEquals(DataFormat.Kind.IMPORTER, all.importer("activities-csv").orElseThrow().kind());
		assertEquals(DataFormat.Kind.EXPORTER, all.exporter("activities-csv").orElseThrow().kind(),
				"an importer and an exporter of the same format share the alias");
		assertEquals("iati", all.exporter("org.mea.jwp.core.iati.xml").orElseThrow().alias(), "the id still works");
		assertTrue(all.importer("iati").isEmpty(), "aliases are per kind");
		for (DataFormat format : all.importers()) {
			if ("org.mea.jwp.core".equals(format.contributor())) {
				assertFalse(format.alias().isEmpty(), format + " has an alias");
			}
		}
		for (DataFormat format : all.exporters()) {
			if ("org.mea.jwp.core".equals(format.contributor())) {
				assertFalse(format.alias().isEmpty(), format + " has an alias");
			}
		}
	}

	@Test
	void anAliasTakenOrMalformedIsNotGivenAndIsReported() {
		assertEquals("codes", formats.exporter("org.mea.jwp.core.tests.codes").orElseThrow().alias(),
				"declared \"Codes\"");
		assertEquals("org.mea.jwp.core.tests.codes", formats.exporter("codes").orElseThrow().id(),
				"the first declaration keeps it");
		DataFormat again = formats.exporter("org.mea.jwp.core.tests.codes.again").orElseThrow();
		assertEquals("", again.alias(), "no silent override");
		assertTrue(problem("org.mea.jwp.core.tests.codes.again").reason()
				.contains(
						"the alias \"codes\" is already declared by " + FRAGMENT + " for org.mea.jwp.core.tests.codes"),
				problem("org.mea.jwp.core.tests.codes.again").reason());
		DataFormat spaced = formats.exporter("org.mea.jwp.core.tests.spaced").orElseThrow();
		assertEquals("", spaced.alias());
		assertTrue(problem("org.mea.jwp.core.tests.spaced").reason().contains("not a short name"),
				problem("org.mea.jwp.core.tests.spaced").reason());
		assertEquals("done-csv", formats.importer("done-csv").orElseThrow().alias(), "the schema's example");
	}

	@Test
	void aContributedExporterWorksAndIsNamedByItsFragment() throws Exception {
		DataFormat codes = formats.exporter("org.mea.jwp.core.tests.codes").orElseThrow();
		assertEquals(FRAGMENT, codes.contributor(), "the fragment, not its host");
		assertEquals(List.of("txt", "list"), codes.extensions(), "\".TXT, *.list\" as declared");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		formats.write(codes, programme, out);
		assertEquals(31, out.toString(StandardCharsets.UTF_8).lines().count());
	}

	@Test
	void theExamplesOfTheSchemasWork() throws Exception {
		DataFormat done = formats.importer("org.mea.jwp.core.tests.done.csv").orElseThrow();
		ImportPlan plan = formats.plan(done, programme, new ByteArrayInputStream(
				"Activity,Done\nB13,yes\nZ9,no\n".getBytes(StandardCharsets.UTF_8)), "done.csv");
		assertEquals(List.of("line 3: error: no activity \"Z9\" in the programme"),
				plan.problems().stream().map(Object::toString).toList());
		assertEquals("1 activities completed", plan.summary());
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create();
		domain.getCommandStack().execute(plan.command(domain));
		assertEquals(ActivityStatus.COMPLETED, programme.findActivity("B13").getStatus());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		formats.write(formats.exporter("org.mea.jwp.core.tests.overdue.csv").orElseThrow(), programme, out);
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals("Code,Lead,Timeframe", lines.get(0));
		assertTrue(lines.contains("A1,joint,2012"), lines.toString());
	}

	@Test
	void malformedDeclarationsAreLeftOutAndNamed() {
		assertTrue(formats.importer("org.mea.jwp.core.tests.incomplete").isEmpty());
		RegistryProblem noClass = problem("org.mea.jwp.core.tests.incomplete");
		assertEquals(FRAGMENT, noClass.contributor());
		assertEquals(DataFormats.IMPORTERS, noClass.extensionPoint());
		assertTrue(noClass.reason().contains("no class"), noClass.reason());
		RegistryProblem sameId = problem("org.mea.jwp.core.tests.throwing");
		assertTrue(sameId.reason().contains("already declared by " + FRAGMENT), sameId.reason());
		assertEquals("Throws while reading (test)",
				formats.importer("org.mea.jwp.core.tests.throwing").orElseThrow().name(),
				"the first declaration of an id is kept");
	}

	@Test
	void anImporterThatThrowsIsSwitchedOffAndTheOthersStillWork() throws Exception {
		DataFormat throwing = formats.importer("org.mea.jwp.core.tests.throwing").orElseThrow();
		DataFormatException e = assertThrows(DataFormatException.class,
				() -> formats.plan(throwing, programme, new ByteArrayInputStream(new byte[0]), "x.txt"));
		assertTrue(e.getMessage().contains("org.mea.jwp.core.tests.throwing") && e.getMessage().contains(FRAGMENT)
				&& e.getMessage().contains("bug in the test importer"), e.getMessage());
		assertTrue(formats.importer("org.mea.jwp.core.tests.throwing").isEmpty(), "no longer offered");
		assertTrue(formats.problems().stream().anyMatch(p -> "org.mea.jwp.core.tests.throwing".equals(p.id())
				&& p.reason().contains("bug in the test importer") && FRAGMENT.equals(p.contributor())),
				formats.problems().toString());
		assertTrue(formats.contributions().stream().noneMatch(f -> f.id().equals("org.mea.jwp.core.tests.throwing")),
				"switched off: not among the contributions");
		assertTrue(formats.contributors().contains(FRAGMENT), "the fragment's other formats still work");
		DataFormatException again = assertThrows(DataFormatException.class,
				() -> formats.plan(throwing, programme, new ByteArrayInputStream(new byte[0]), "x.txt"));
		assertTrue(again.getMessage().contains("switched off"), again.getMessage());

		DataFormat species = formats.importer("org.mea.jwp.core.species.csv").orElseThrow();
		ImportPlan plan = formats.plan(species, programme,
				new ByteArrayInputStream("Scientific Name\nUncia uncia\n".getBytes(StandardCharsets.UTF_8)), "s.csv");
		assertEquals(List.of(), plan.problems());
	}

	@Test
	void anExporterWhoseClassIsMissingIsSwitchedOff() {
		DataFormat missing = formats.exporter("org.mea.jwp.core.tests.missing").orElseThrow();
		DataFormatException e = assertThrows(DataFormatException.class,
				() -> formats.write(missing, programme, new ByteArrayOutputStream()));
		assertTrue(e.getMessage().contains("NoSuchExporter"), e.getMessage());
		assertFalse(ids(formats.exporters()).contains("org.mea.jwp.core.tests.missing"));
		assertTrue(ids(formats.exporters()).contains("org.mea.jwp.core.taxa.csv"));
		assertTrue(problem("org.mea.jwp.core.tests.missing").reason().contains("cannot be created"));
	}

	@Test
	void aPlanWhoseCommandThrowsGivesAnUnexecutableCommand() throws Exception {
		DataFormat broken = formats.importer("org.mea.jwp.core.tests.brokenCommand").orElseThrow();
		ImportPlan plan = formats.plan(broken, programme, new ByteArrayInputStream(new byte[0]), "x.txt");
		assertEquals("1 thing to change", plan.summary());
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create();
		assertSame(UnexecutableCommand.INSTANCE, plan.command(domain));
		assertTrue(formats.importer("org.mea.jwp.core.tests.brokenCommand").isEmpty());
	}

	private RegistryProblem problem(String id) {
		return formats.problems().stream().filter(p -> id.equals(p.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no problem for " + id + " in " + formats.problems()));
	}
}
