package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.domain;
import static org.mea.jwp.core.internal.exchange.Imports.plan;
import static org.mea.jwp.core.internal.exchange.Imports.problemOn;
import static org.mea.jwp.core.internal.exchange.Imports.where;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/**
 * Imports refuse, row by row and with the line, what would make the programme impossible to save
 * or break its references: characters XML cannot hold, ids and codes that are not element ids;
 * and a file that is not UTF-8 names the line (issue 22, defects 9 and 11).
 */
class UnsaveableImportTest {

	@TempDir
	Path dir;

	/** The embedded programme each test imports into, and a copy to compare it with. */
	private final Resource resource = DefaultProgramme.load();
	private final Programme programme = ProgrammeStore.programme(resource);
	private final Programme before = EcoreUtil.copy(programme);

	UnsaveableImportTest() throws Exception {
		// the fields load the programme, which may throw
	}

	@Test
	void speciesRowsWithUnstorableTextOrBadIdsAreSkippedAndTheRestSaves() throws Exception {
		ImportPlan plan = plan(new SpeciesCsvImporter(), programme, """
				Scientific Name,Common Names,Notes,JWP Id
				Uncia uncia,snow leopard,,
				Panthera leo,lion\u0007,,
				Panthera pardus,leopard,bad\uFFFEnote,
				Acinonyx jubatus,cheetah,,tx acinonyx
				Lynx lynx,lynx,,tx-lynx#x
				Lynx pardinus,Iberian lynx,,tx:lynx
				""");
		assertEquals(List.of("3 ERROR", "4 ERROR", "5 ERROR", "6 ERROR", "7 ERROR"), where(plan));
		String control = problemOn(plan, 3).message();
		assertTrue(control.contains("\"Common Names\"") && control.contains("U+0007"), control);
		assertTrue(problemOn(plan, 4).message().contains("U+FFFE"), problemOn(plan, 4).message());
		String space = problemOn(plan, 5).message();
		assertTrue(space.contains("\"tx acinonyx\"") && space.contains("a space"), space);
		assertTrue(problemOn(plan, 6).message().contains("\"#\""), problemOn(plan, 6).message());
		assertTrue(problemOn(plan, 7).message().contains("\":\""), problemOn(plan, 7).message());
		assertTrue(EcoreUtil.equals(before, programme), "planning changes nothing");

		execute(plan);
		assertSavesAndReloads(resource);
	}

	@Test
	void newActivitiesWhoseCodeIsNoIdAndTextXmlCannotHoldAreSkipped() throws Exception {
		ImportPlan plan = plan(new ActivitiesCsvImporter(), programme, """
				Code,Theme,Group,Text
				B20,B,sharks,Exchange shark catch data.
				B 21,B,sharks,A code with a space.
				B#22,B,sharks,A code with a hash.
				A1,,,Text with a control character\u0001 in it.
				""");
		assertEquals(List.of("3 ERROR", "4 ERROR", "5 ERROR"), where(plan));
		assertTrue(problemOn(plan, 3).message().contains("\"B 21\""), problemOn(plan, 3).message());
		assertTrue(problemOn(plan, 4).message().contains("\"B#22\""), problemOn(plan, 4).message());
		assertTrue(problemOn(plan, 5).message().contains("U+0001"), problemOn(plan, 5).message());
		assertTrue(EcoreUtil.equals(before, programme), "planning changes nothing");

		execute(plan);
		assertNotNull(programme.findActivity("B20"));
		assertNull(programme.findActivity("B 21"));
		assertFalse(programme.findActivity("A1").getText().contains("\u0001"));
		assertSavesAndReloads(resource);
	}

	@Test
	void invalidUtf8NamesItsLineAndImportsNothing() throws Exception {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		csv.writeBytes("Scientific Name,Common Names\nUncia uncia,snow leopard\nPanthera leo,"
				.getBytes(StandardCharsets.UTF_8));
		csv.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28 }); // a lead byte followed by no continuation byte
		csv.writeBytes("\nLynx lynx,lynx\n".getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = plan(new ActivitiesCsvImporter(), programme, csv.toByteArray());
		assertEquals(List.of("3 CRITICAL"), where(plan));
		assertTrue(problemOn(plan, 3).message().contains("UTF-8"), problemOn(plan, 3).message());
		assertFalse(plan.canImport());
		plan = plan(new SpeciesCsvImporter(), programme, csv.toByteArray());
		assertEquals(List.of("3 CRITICAL"), where(plan));
	}

	private static void execute(ImportPlan plan) {
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
	}

	private void assertSavesAndReloads(Resource resource) throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		Path file = dir.resolve("imported.jwp");
		store.save(resource, file);
		store.load(file);
	}
}
