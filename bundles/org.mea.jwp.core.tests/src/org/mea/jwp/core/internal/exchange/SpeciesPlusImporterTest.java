package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.defaultProgramme;
import static org.mea.jwp.core.internal.exchange.Imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Listing;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/**
 * Species+ and CITES Checklist downloads into the default programme, every row's outcome: matched by
 * accepted name (the document's misprinted "Loxadonta africana" included), synonym or name as
 * printed; species added under "Saiga spp.", "Gorilla spp.", the sturgeons' order, the marine
 * turtles' family, a subspecies under its species; split listings, NC, Appendix III with its Party,
 * the listing history with its dates; ambiguous names reported, bad rows named, no duplicates.
 */
class SpeciesPlusImporterTest {

	private final SpeciesPlusImporter importer = new SpeciesPlusImporter();

	private static ImportPlan plan(SpeciesPlusImporter importer, Programme programme, String file) throws IOException {
		try (InputStream in = SpeciesPlusImporterTest.class.getResourceAsStream("/data/speciesplus/" + file)) {
			assertTrue(in != null, file);
			return importer.plan(programme, in, file);
		}
	}

	private static void execute(ImportPlan plan) {
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
	}

	private static Taxon byId(Programme programme, String id) {
		for (var it = programme.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Taxon taxon && id.equals(taxon.getId())) {
				return taxon;
			}
		}
		throw new AssertionError("no taxon " + id);
	}

	private static Taxon lower(Taxon higher, String acceptedName) {
		return higher.getLowerTaxa().stream().filter(t -> acceptedName.equals(t.getAcceptedName())).findFirst()
				.orElseThrow(() -> new AssertionError(acceptedName + " is not under " + higher.getNameAsPrinted() + ": "
						+ higher.getLowerTaxa().stream().map(Taxon::getAcceptedName).toList()));
	}

	private static List<String> listings(Taxon taxon, Convention convention) {
		return taxon.getListings().stream().filter(l -> l.getConvention() == convention)
				.map(l -> l.getAppendix().getLiteral() + (l.getEffective() == null ? "" : " from " + l.getEffective())
						+ (l.getEnded() == null ? "" : " to " + l.getEnded())
						+ (l.getParty() == null ? "" : " (" + l.getParty() + ")"))
				.toList();
	}

	@Test
	void citesListingsEveryRow() throws Exception {
		Programme programme = defaultProgramme();
		int registry = programme.getTaxa().size();
		ImportPlan plan = plan(importer, programme, "cites_listings_2013-10-01.csv");
		assertEquals("8 taxa added, 4 updated; 1 row skipped (Species+ CITES listings)", plan.summary());
		assertEquals(List.of("17 ERROR"), Imports.where(plan), plan.problems().toString());
		assertEquals(
				"the listing \"IV\" (column \"Listing\") has \"IV\"; a listing is I, II, III or NC, joined by \"/\" as in I/II",
				Imports.problemOn(plan, 17).message());
		execute(plan);

		// line 2: the document's "Loxadonta africana", matched by its accepted name; its dated history kept
		Taxon elephant = byId(programme, "tx-loxodonta-africana");
		assertEquals("Loxodonta africana", elephant.getCitesName());
		assertEquals(TaxonRank.POPULATION, elephant.getRank(), "the programme's population keeps its rank");
		assertEquals(List.of("I from 2007-09-13", "II from 2007-09-13"), listings(elephant, Convention.CITES));
		// lines 4 and 5: the sharks, by accepted name, with their authors
		assertEquals("Smith, 1828", byId(programme, "tx-rhincodon-typus").getAuthor());
		assertEquals("(Linnaeus, 1758)", byId(programme, "tx-carcharodon-carcharias").getAuthor());
		// lines 6 and 7: sturgeons under the order the programme names
		Taxon sturgeons = byId(programme, "tx-acipenseriformes");
		assertEquals(AppendixListing.I, lower(sturgeons, "Acipenser sturio").listingOn(Convention.CITES, null));
		Taxon huso = lower(sturgeons, "Huso huso");
		assertEquals(List.of("II"), listings(huso, Convention.CITES), "listed through Acipenseriformes spp.");
		// line 8: a marine turtle under its family
		assertEquals(TaxonRank.SPECIES, lower(byId(programme, "tx-cheloniidae"), "Caretta caretta").getRank());
		// line 9: the fur seal the document names only in English, by the accepted name recorded for it
		Taxon furSeal = byId(programme, "tx-south-american-fur-seal");
		assertEquals("Arctocephalus australis", furSeal.getCitesName());
		assertEquals("(Zimmermann, 1783)", furSeal.getAuthor());
		// line 10: a subspecies under its species
		Taxon hodgsonii = lower(byId(programme, "tx-ovis-ammon"), "Ovis ammon hodgsonii");
		assertEquals(TaxonRank.SUBSPECIES, hodgsonii.getRank());
		// line 11: Appendix III with the Party that listed it
		Taxon blackbuck = programme.getTaxa().stream().filter(t -> "Antilope cervicapra".equals(t.getAcceptedName()))
				.findFirst()
				.orElseThrow();
		assertEquals(List.of("III (NP)"), listings(blackbuck, Convention.CITES));
		// lines 12 and 13: the species of "Saiga spp." and "Gorilla spp." beneath them, not beside them
		Taxon saiga = lower(byId(programme, "tx-saiga"), "Saiga tatarica");
		assertEquals(AppendixListing.II, saiga.listingOn(Convention.CITES, null));
		assertEquals(AppendixListing.I,
				lower(byId(programme, "tx-gorilla"), "Gorilla gorilla").listingOn(Convention.CITES, null));
		// lines 14-16: split listing with a part not covered, one listing per appendix with its note
		Taxon wolf = programme.getTaxa().stream().filter(t -> "Canis lupus".equals(t.getAcceptedName())).findFirst()
				.orElseThrow();
		assertEquals(List.of("I", "II", "not listed"), listings(wolf, Convention.CITES));
		assertEquals("Excludes the domesticated form and the dingo.", wolf.getListings().get(1).getPopulation());
		assertEquals(AppendixListing.BOTH, wolf.listingOn(Convention.CITES, null), "I/II/NC is in force as I and II");
		// line 17 refused: the snow leopard unchanged
		assertEquals(List.of("I"), listings(byId(programme, "tx-uncia-uncia"), Convention.CITES));

		assertEquals(registry + 2, programme.getTaxa().size(), "only the blackbuck and the wolf are new at the top");
		// the concordance shows each higher taxon with its species beneath
		List<SpeciesConcordance.Entry> entries = SpeciesConcordance.of(programme, LocalDate.of(2014, 12, 31));
		int saigaRow = entries
				.indexOf(entries.stream().filter(e -> e.taxon().getId().equals("tx-saiga")).findFirst().orElseThrow());
		assertSame(saiga, entries.get(saigaRow + 1).taxon());
		assertEquals(1, entries.get(saigaRow + 1).depth());
	}

	@Test
	void importingTheSameFileAgainAddsNothing() throws Exception {
		Programme programme = defaultProgramme();
		execute(plan(importer, programme, "cites_listings_2013-10-01.csv"));
		Programme once = EcoreUtil.copy(programme);
		ImportPlan again = plan(importer, programme, "cites_listings_2013-10-01.csv");
		assertEquals("0 taxa added, 0 updated, 12 unchanged; 1 row skipped (Species+ CITES listings)", again.summary());
		execute(again);
		assertTrue(EcoreUtil.equals(once, programme), "no duplicate, no change");
	}

	@Test
	void theListingHistoryGivesTheListingInForceOnEachDate() throws Exception {
		Programme programme = defaultProgramme();
		ImportPlan plan = plan(importer, programme, "History_of_CITES_Listings_2013-10-01.csv");
		assertEquals("0 taxa added, 1 updated (CITES Checklist listing history)", plan.summary());
		execute(plan);
		Taxon elephant = byId(programme, "tx-loxodonta-africana");
		assertEquals(List.of("III from 1976-02-26 to 1977-02-04 (Ghana)", "II from 1977-02-04 to 1990-01-18",
				"I from 1990-01-18 to 2007-09-13", "I from 2007-09-13", "II from 2007-09-13"),
				listings(elephant, Convention.CITES),
				"reservations are a Party's, not listings");
		assertEquals(AppendixListing.III, elephant.listingOn(Convention.CITES, LocalDate.of(1976, 6, 1)));
		assertEquals(AppendixListing.II, elephant.listingOn(Convention.CITES, LocalDate.of(1985, 1, 1)));
		assertEquals(AppendixListing.I, elephant.listingOn(Convention.CITES, LocalDate.of(2000, 1, 1)));
		assertEquals(AppendixListing.BOTH, elephant.listingOn(Convention.CITES, LocalDate.of(2013, 1, 1)));
		assertEquals(List.of("II"), listings(elephant, Convention.CMS), "the CMS listing is untouched");
		assertEquals("appendices", SpeciesConcordance.differences(elephant, LocalDate.of(2013, 1, 1)),
				"CITES I/II, CMS II");
	}

	@Test
	void theChecklistIndexBringsSynonymsAndNamesInThreeLanguages() throws Exception {
		Programme programme = defaultProgramme();
		ImportPlan plan = plan(importer, programme, "Index_of_CITES_Species_2013-10-01.csv");
		assertEquals("0 taxa added, 3 updated (CITES Checklist index)", plan.summary());
		execute(plan);
		Taxon elephant = byId(programme, "tx-loxodonta-africana");
		assertEquals(List.of("Loxodonta cyclotis"), elephant.getSynonyms(), "the synonym without its author");
		assertEquals(List.of("African elephant", "African Savannah Elephant", "Eléphant d'Afrique [fr]",
				"Eléphant africain [fr]", "Elefante africano [es]"), elephant.getCommonNames());
		// the Checklist's Panthera uncia is the programme's Uncia uncia, by the synonym recorded for it
		Taxon leopard = byId(programme, "tx-uncia-uncia");
		assertEquals("Panthera uncia", leopard.getCitesName());
		assertEquals("Uncia uncia", leopard.getAcceptedName(), "the programme's accepted name stays");
		assertEquals(List.of("Panthera uncia"), leopard.getSynonyms(), "its own accepted name is not a synonym");
		assertEquals("(Zimmermann, 1783)", byId(programme, "tx-south-american-fur-seal").getAuthor());
	}

	@Test
	void cmsListingsWithTheirDatesAndInstrumentRowsLeftOut() throws Exception {
		Programme programme = defaultProgramme();
		ImportPlan plan = plan(importer, programme, "cms_listings_2013-10-01.csv");
		assertEquals("1 taxon added, 2 updated; 1 row skipped (Species+ CMS listings)", plan.summary());
		assertEquals(List.of("1 WARNING", "10 ERROR"), Imports.where(plan), plan.problems().toString());
		assertEquals("the date \"32/13/2002\" (column \"Date\") is not a date as DD/MM/YYYY",
				Imports.problemOn(plan, 10).message());
		assertTrue(Imports.problemOn(plan, 1).message().startsWith("1 rows name a CMS instrument"),
				plan.problems().toString());
		execute(plan);
		Taxon white = byId(programme, "tx-carcharodon-carcharias");
		assertEquals(List.of("I from 2003-01-31", "II from 2003-01-31"), listings(white, Convention.CMS),
				"dated listings replace the undated ones");
		assertEquals(List.of("II from 2005-01-12"), listings(white, Convention.CITES), "CITES untouched");
		Taxon saker = byId(programme, "tx-falco-cherrug");
		assertEquals("Except the population in Mongolia.", saker.getListings().stream()
				.filter(l -> l.getConvention() == Convention.CMS && l.getAppendix() == AppendixListing.I).findFirst()
				.map(Listing::getPopulation).orElseThrow());
		assertEquals(AppendixListing.NOT_LISTED, saker.listingOn(Convention.CMS, LocalDate.of(2012, 1, 1)),
				"before COP10's listing");
		assertEquals(AppendixListing.BOTH, saker.listingOn(Convention.CMS, LocalDate.of(2012, 3, 1)));
		Taxon saiga = lower(byId(programme, "tx-saiga"), "Saiga tatarica");
		assertEquals("Saiga tatarica", saiga.getCmsName());
		assertNull(saiga.getCitesName());
	}

	@Test
	void aNameTwoTaxaAnswerToIsReportedNotGuessed() throws Exception {
		Programme programme = defaultProgramme();
		for (String id : new String[] { "tx-huso-a", "tx-huso-b" }) {
			Taxon huso = JwpFactory.eINSTANCE.createTaxon();
			huso.setId(id);
			huso.setNameAsPrinted("Huso huso");
			programme.getTaxa().add(huso);
		}
		ImportPlan plan = plan(importer, programme, "cites_listings_2013-10-01.csv");
		assertEquals(
				"\"Huso huso\" matches 2 taxa by name as printed (Huso huso, Huso huso); the row is skipped: say which in the"
						+ " programme first",
				Imports.problemOn(plan, 7).message());
		execute(plan);
		assertTrue(byId(programme, "tx-huso-a").getListings().isEmpty()
				&& byId(programme, "tx-huso-b").getListings().isEmpty());
		assertTrue(byId(programme, "tx-acipenseriformes").getLowerTaxa().stream()
				.noneMatch(t -> "Huso huso".equals(t.getAcceptedName())));
	}

	@Test
	void aFileOfAnotherKindIsRefusedWithWhatItLacks() throws Exception {
		ImportPlan plan = Imports.plan(importer, defaultProgramme(),
				"Scientific Name,CITES Appendix\nRhincodon typus,II\n");
		assertTrue(!plan.canImport());
		assertTrue(plan.summary().startsWith("nothing can be imported: not a Species+ or CITES Checklist download"),
				plan.summary());
	}
}
