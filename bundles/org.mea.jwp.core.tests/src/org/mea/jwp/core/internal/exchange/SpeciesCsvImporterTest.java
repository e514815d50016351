package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.defaultProgramme;
import static org.mea.jwp.core.internal.exchange.Imports.domain;
import static org.mea.jwp.core.internal.exchange.Imports.export;
import static org.mea.jwp.core.internal.exchange.Imports.plan;
import static org.mea.jwp.core.internal.exchange.Imports.problemOn;
import static org.mea.jwp.core.internal.exchange.Imports.where;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem.Severity;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/** Species listing (CSV): round trips with the taxa export, delimiters and BOM, problems per row, undo. */
class SpeciesCsvImporterTest {

	private static final org.mea.jwp.model.JwpPackage P = org.mea.jwp.model.JwpPackage.eINSTANCE;

	private final SpeciesCsvImporter importer = new SpeciesCsvImporter();

	/**
	 * The default programme with its taxa's listing histories taken away: the appendices of this flat
	 * file are then the taxa's own (a history, when there is one, decides instead; see below).
	 */
	private static Programme withoutListingHistories() throws java.io.IOException {
		Programme programme = defaultProgramme();
		programme.getTaxa().forEach(taxon -> taxon.getListings().clear());
		return programme;
	}

	@Test
	void aListingHistoryIsNotChangedByTheFlatFile() throws Exception {
		Programme programme = defaultProgramme();
		ImportPlan plan = plan(importer, programme, "Scientific Name,CITES Appendix\nRhincodon typus,I\n");
		assertEquals("0 taxa added, 0 updated, 1 unchanged", plan.summary());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		assertEquals(AppendixListing.II,
				taxon(programme, "Rhincodon typus").listingOn(org.mea.jwp.model.Convention.CITES, null));
	}

	private static Taxon taxon(Programme programme, String name) {
		return programme.getTaxa().stream().filter(t -> name.equals(t.getNameAsPrinted())).findFirst()
				.orElseThrow(() -> new AssertionError("no taxon " + name));
	}

	@Test
	void theTaxaExportImportsBackWithoutChanges() throws Exception {
		Programme programme = defaultProgramme();
		Programme before = EcoreUtil.copy(programme);
		ImportPlan plan = plan(importer, programme, export(new TaxaCsvExporter(), programme));
		assertEquals(List.of(), plan.problems());
		assertTrue(plan.canImport());
		assertEquals("0 taxa added, 0 updated, 14 unchanged", plan.summary());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		assertTrue(EcoreUtil.equals(before, programme), "nothing observable changed");
	}

	@Test
	void theTaxaExportRecreatesAllTaxaInAnEmptyProgramme() throws Exception {
		Programme original = defaultProgramme();
		Programme empty = JwpFactory.eINSTANCE.createProgramme();
		empty.setId("empty");
		ImportPlan plan = plan(importer, empty, export(new TaxaCsvExporter(), original));
		assertEquals(List.of(), plan.problems());
		assertEquals("14 taxa added, 0 updated", plan.summary());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		assertEquals(14, empty.getTaxa().size());
		for (int i = 0; i < 14; i++) {
			Taxon was = original.getTaxa().get(i);
			Taxon is = empty.getTaxa().get(i);
			// what the file carries comes back; the listing history and the taxon concept (accepted
			// name, author, synonyms) are not in it: the listings in force come back as appendices
			for (var attribute : List.of(P.getIdentified_Id(), P.getTaxon_NameAsPrinted(), P.getTaxon_Rank(),
					P.getTaxon_CommonNames(), P.getTaxon_CitesName(), P.getTaxon_CmsName(), P.getTaxon_Population(),
					P.getTaxon_Notes(), P.getTaxon_DifferenceNotes())) {
				assertEquals(was.eGet(attribute), is.eGet(attribute), was.getId() + " " + attribute.getName());
			}
			for (var convention : List.of(org.mea.jwp.model.Convention.CITES, org.mea.jwp.model.Convention.CMS)) {
				assertEquals(was.listingOn(convention, null), is.listingOn(convention, null),
						was.getId() + " " + convention);
			}
		}
		// the fur seal has no scientific name in the document: its JWP Id brings it back
		assertEquals("tx-south-american-fur-seal", empty.getTaxa().get(11).getId());
		assertEquals(List.of("South American fur seal"), empty.getTaxa().get(11).getCommonNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { ";", "," })
	void readsEitherDelimiterWithOrWithoutBom(String delimiter) throws Exception {
		for (String bom : new String[] { "", "\uFEFF" }) {
			Programme programme = withoutListingHistories();
			String csv = bom
					+ String.join(delimiter, "Scientific Name", "CITES Appendix", "CMS_Appendix", "Common Name(s)")
					+ "\r\n"
					+ String.join(delimiter, "rhincodon  TYPUS", "App. II", "I/II", "\"whale shark; Whale Shark\"")
					+ "\r\n" + String.join(delimiter, "Lynx lynx", "II", "NC", "Eurasian lynx") + "\r\n";
			ImportPlan plan = plan(importer, programme, csv);
			assertEquals(List.of(), plan.problems(), "delimiter " + delimiter + (bom.isEmpty() ? "" : " with BOM"));
			assertEquals("1 taxon added, 1 updated", plan.summary());
			AdapterFactoryEditingDomain domain = domain();
			domain.getCommandStack().execute(plan.command(domain));
			Taxon whaleShark = taxon(programme, "Rhincodon typus");
			assertEquals(AppendixListing.II, whaleShark.getCitesAppendix());
			assertEquals(AppendixListing.BOTH, whaleShark.getCmsAppendix());
			assertEquals(List.of("whale shark", "Whale Shark"), whaleShark.getCommonNames());
			Taxon lynx = taxon(programme, "Lynx lynx");
			assertEquals("tx-lynx-lynx", lynx.getId());
			assertEquals(AppendixListing.NOT_LISTED, lynx.getCmsAppendix());
		}
	}

	@Test
	void aSpeciesPlusHeaderIsReadAndUnknownColumnsAreNamedOnce() throws Exception {
		String csv = "Id,Kingdom,Scientific_Name,Rank,Listing,Full note\n"
				+ "4521,Animalia,Uncia uncia,SPECIES,I,listed 1975\n";
		ImportPlan plan = plan(importer, withoutListingHistories(), csv);
		assertEquals(List.of("1 WARNING"), where(plan));
		assertTrue(plan.problems().get(0).message().contains("Id, Kingdom, Full note"), plan.problems().toString());
		assertEquals("0 taxa added, 1 updated", plan.summary());
	}

	@Test
	void aMalformedFileGivesProblemsPerRowAndChangesNothingUntilExecuted() throws Exception {
		String csv = """
				Scientific Name,Rank,CITES Appendix,CMS Appendix,Common Names
				Rhincodon typus,species,II,II,whale shark
				Carcharodon carcharias,species,IV,,great white shark
				Panthera leo,species,II,,lion
				,species,I,,no name
				Uncia uncia,species
				Cetorhinus maximus,variety,II,II,basking shark
				""";
		Programme programme = withoutListingHistories();
		Programme before = EcoreUtil.copy(programme);
		ImportPlan plan = plan(importer, programme, csv);

		assertEquals(List.of("3 ERROR", "5 ERROR", "6 ERROR", "7 WARNING"), where(plan));
		String appendix = problemOn(plan, 3).message();
		assertTrue(appendix.contains("\"CITES Appendix\"") && appendix.contains("\"IV\""), appendix);
		assertTrue(problemOn(plan, 5).message().contains("scientific name"), problemOn(plan, 5).message());
		assertTrue(
				problemOn(plan, 6).message().contains("2 values") && problemOn(plan, 6).message().contains("5 columns"),
				problemOn(plan, 6).message());
		assertTrue(problemOn(plan, 7).message().contains("\"variety\""), problemOn(plan, 7).message());
		assertTrue(plan.canImport(), "errors skip rows; they do not stop the import");
		assertEquals("1 taxon added, 2 updated; 3 rows skipped", plan.summary());
		assertTrue(EcoreUtil.equals(before, programme), "planning changes nothing");

		AdapterFactoryEditingDomain domain = domain();
		Command command = plan.command(domain);
		assertEquals("Import species from test.csv", command.getLabel());
		domain.getCommandStack().execute(command);
		assertEquals(15, programme.getTaxa().size());
		assertEquals(AppendixListing.II, taxon(programme, "Rhincodon typus").getCmsAppendix());
		assertEquals(AppendixListing.UNKNOWN, taxon(programme, "Carcharodon carcharias").getCitesAppendix(),
				"row skipped");
		Taxon basking = taxon(programme, "Cetorhinus maximus");
		assertEquals(AppendixListing.II, basking.getCitesAppendix(), "a warning does not stop the row");
		assertEquals(TaxonRank.SPECIES, basking.getRank(), "an unknown rank leaves the rank as it was");

		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, programme), "one undo takes the whole import back");
		domain.getCommandStack().redo();
		assertEquals(15, programme.getTaxa().size());
	}

	@Test
	void aFileWithoutTheNameColumnIsCritical() throws Exception {
		ImportPlan plan = plan(importer, defaultProgramme(), "Name;Listing\nUncia uncia;I\n");
		assertEquals(List.of("1 CRITICAL"), where(plan));
		assertTrue(plan.problems().get(0).message().contains("Scientific Name"), plan.problems().toString());
		assertFalse(plan.canImport());
		assertFalse(plan.command(domain()).canExecute());
		assertTrue(plan.summary().startsWith("nothing can be imported"), plan.summary());
	}

	@Test
	void aNameTwiceTakesTheLaterRow() throws Exception {
		Programme programme = withoutListingHistories();
		ImportPlan plan = plan(importer, programme, "Scientific Name,CITES Appendix\nUncia uncia,II\nUncia  uncia,I\n");
		assertEquals(List.of("3 WARNING"), where(plan));
		assertTrue(problemOn(plan, 3).message().contains("line 2"), problemOn(plan, 3).message());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		assertEquals(AppendixListing.I, taxon(programme, "Uncia uncia").getCitesAppendix());
	}

	@Test
	void textThatIsNotUtf8IsCriticalOnItsLine() throws Exception {
		byte[] latin1 = "Scientific Name,Common Names\nUncia uncia,panth\u00e8re des neiges\n"
				.getBytes(StandardCharsets.ISO_8859_1);
		ImportPlan plan = plan(importer, defaultProgramme(), latin1);
		assertEquals(List.of("2 CRITICAL"), where(plan));
		assertTrue(plan.problems().get(0).message().contains("UTF-8"));
	}

	@Test
	void anEmptyFileIsCritical() throws Exception {
		assertEquals(Severity.CRITICAL, plan(importer, defaultProgramme(), "\n\n").problems().get(0).severity());
	}
}
