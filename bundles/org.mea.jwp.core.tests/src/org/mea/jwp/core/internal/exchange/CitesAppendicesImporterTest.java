package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.defaultProgramme;
import static org.mea.jwp.core.internal.exchange.Imports.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Listing;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/**
 * The CITES Appendices page "valid from 25 September 2012" (an excerpt shaped like cites.org's, see
 * data/cites-appendices/README.md) into the default programme, every entry's outcome: species in
 * Appendix I and II, the elephant's split listing, "spp." entries matched to the programme's order
 * and family or added as higher taxa, Appendix III with its Parties, remarks, annotations with their
 * notes (superscript or in the text), several entries in one cell, the snow leopard by the synonym
 * the programme records; later and older editions; pages that are not the Appendices refused.
 */
class CitesAppendicesImporterTest {

	private static final String PAGE = "E-Appendices-2012-09-25.html";
	private static final String SOURCE = "CITES Appendices valid from 25 September 2012";
	private static final LocalDate VALID_FROM = LocalDate.of(2012, 9, 25);

	private final CitesAppendicesImporter importer = new CitesAppendicesImporter();

	private static String page() throws IOException {
		try (InputStream in = CitesAppendicesImporterTest.class.getResourceAsStream("/data/cites-appendices/" + PAGE)) {
			assertTrue(in != null, PAGE);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private ImportPlan plan(Programme programme, String html) throws IOException {
		return importer.plan(programme, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), PAGE);
	}

	/** The default programme as it is after the Checklist index, which records Panthera uncia as a synonym. */
	private static Programme programme() throws IOException {
		Programme programme = defaultProgramme();
		byId(programme, "tx-uncia-uncia").getSynonyms().add("Panthera uncia");
		return programme;
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

	private static Taxon top(Programme programme, String acceptedName) {
		return programme.getTaxa().stream().filter(t -> acceptedName.equals(t.getAcceptedName())).findFirst()
				.orElseThrow(() -> new AssertionError(acceptedName + " is not a top-level taxon"));
	}

	private static Taxon lower(Taxon higher, String acceptedName) {
		return higher.getLowerTaxa().stream().filter(t -> acceptedName.equals(t.getAcceptedName())).findFirst()
				.orElseThrow(() -> new AssertionError(acceptedName + " is not under " + higher.getAcceptedName() + ": "
						+ higher.getLowerTaxa().stream().map(Taxon::getAcceptedName).toList()));
	}

	/** "II from 2012-09-25 (Nepal)": appendix, dates and Party of each CITES listing. */
	private static List<String> cites(Taxon taxon) {
		return taxon.getListings().stream().filter(l -> l.getConvention() == Convention.CITES)
				.map(l -> l.getAppendix().getLiteral() + (l.getEffective() == null ? "" : " from " + l.getEffective())
						+ (l.getEnded() == null ? "" : " to " + l.getEnded())
						+ (l.getParty() == null ? "" : " (" + l.getParty() + ")"))
				.toList();
	}

	private static Listing only(Taxon taxon) {
		List<Listing> listings = taxon.getListings().stream().filter(l -> l.getConvention() == Convention.CITES)
				.toList();
		assertEquals(1, listings.size(), cites(taxon).toString());
		return listings.get(0);
	}

	@Test
	void everyEntryOfThePage() throws Exception {
		Programme programme = programme();
		int topLevel = programme.getTaxa().size();
		ImportPlan plan = plan(programme, page());
		assertEquals("19 taxa added, 9 updated; 2 rows skipped (" + SOURCE + ")", plan.summary());
		assertEquals(List.of("271 ERROR", "278 ERROR", "321 WARNING"), Imports.where(plan), plan.problems().toString());
		assertEquals("Appendix II: \"pristis microdon\" does not begin with a scientific name; the entry is skipped",
				Imports.problemOn(plan, 271).message());
		assertEquals("\"Pristis pristis\" is in column 4, which no Appendix (I, II, III) heads; the entry is skipped",
				Imports.problemOn(plan, 278).message());
		assertEquals(
				"Appendix I: \"(For all of the following Appendix-I species, seedling or...\" is a note, not an entry;"
						+ " it is left out",
				Imports.problemOn(plan, 321).message());
		execute(plan);

		// line 48: Appendix I with the population the listing covers
		Taxon pronghorn = top(programme, "Antilocapra americana");
		assertEquals(TaxonRank.SPECIES, pronghorn.getRank());
		assertEquals("Antilocapra americana", pronghorn.getCitesName());
		Listing pronghornListing = only(pronghorn);
		assertEquals(AppendixListing.I, pronghornListing.getAppendix());
		assertEquals(VALID_FROM, pronghornListing.getEffective());
		assertEquals(SOURCE, pronghornListing.getSource());
		assertEquals("Only the population of Mexico; no other population is included in the Appendices",
				pronghornListing.getPopulation());
		// lines 60-71: Appendix III with the Party in parentheses; a remark after the Party stays a remark
		assertEquals(List.of("III from 2012-09-25 (Nepal)"), cites(top(programme, "Antilope cervicapra")));
		assertNull(only(top(programme, "Antilope cervicapra")).getPopulation());
		Listing buffalo = only(top(programme, "Bubalus arnee"));
		assertEquals("Nepal", buffalo.getParty());
		assertEquals("Excludes the domesticated form, which is referenced as Bubalus bubalis", buffalo.getPopulation());
		assertEquals(List.of("III from 2012-09-25 (Algeria, Tunisia)"), cites(top(programme, "Gazella dorcas")));
		// line 75: "Except ..." remark; the programme's undated listing replaced by the dated one
		Taxon argali = byId(programme, "tx-ovis-ammon");
		assertEquals(List.of("II from 2012-09-25"), cites(argali));
		assertEquals("Except the subspecies included in Appendix I", only(argali).getPopulation());
		assertEquals(List.of("II from 2012-02-23"),
				argali.getListings().stream().filter(l -> l.getConvention() == Convention.CMS)
						.map(l -> l.getAppendix().getLiteral() + " from " + l.getEffective()).toList(),
				"CMS untouched");
		// line 79: a subspecies under its species
		Taxon hodgsonii = lower(argali, "Ovis ammon hodgsonii");
		assertEquals(TaxonRank.SUBSPECIES, hodgsonii.getRank());
		assertEquals(List.of("I from 2012-09-25"), cites(hodgsonii));
		// line 85: a species under the programme's "Saiga spp."
		assertEquals(List.of("II from 2012-09-25"), cites(lower(byId(programme, "tx-saiga"), "Saiga tatarica")));
		// line 111: Panthera uncia is the programme's Uncia uncia, by the synonym it records
		Taxon leopard = byId(programme, "tx-uncia-uncia");
		assertEquals("Panthera uncia", leopard.getCitesName());
		assertEquals("Uncia uncia", leopard.getAcceptedName(), "the programme's accepted name stays");
		assertEquals(List.of("I from 2012-09-25"), cites(leopard));
		// lines 92 and 100: a genus split between I and II, one taxon with both listings
		Taxon musk = top(programme, "Moschus");
		assertEquals(TaxonRank.GENUS, musk.getRank());
		assertEquals("Moschus spp.", musk.getCitesName());
		assertEquals(List.of("I from 2012-09-25", "II from 2012-09-25"), cites(musk));
		assertTrue(musk.getListings().get(1).getPopulation().startsWith("Except the populations of Afghanistan"));
		// lines 122 and 127: under the programme's "Gorilla spp."
		Taxon gorilla = byId(programme, "tx-gorilla");
		assertEquals(List.of("I from 2012-09-25"), cites(lower(gorilla, "Gorilla beringei")));
		assertEquals(List.of("I from 2012-09-25"), cites(lower(gorilla, "Gorilla gorilla")));
		// lines 138 and 145: the split listing the programme already dates from 2007 is confirmed, not redated
		Taxon elephant = byId(programme, "tx-loxodonta-africana");
		assertEquals(List.of("I from 2007-09-13", "II from 2007-09-13"), cites(elephant));
		assertEquals("Loxodonta africana", elephant.getCitesName());
		// line 157: an undated Appendix I replaced by the edition's
		assertEquals(List.of("I from 2012-09-25"), cites(byId(programme, "tx-dugong-dugon")));
		// line 171: an order listed as "FALCONIFORMES spp.", added as the order
		Taxon raptors = top(programme, "Falconiformes");
		assertEquals(TaxonRank.ORDER, raptors.getRank());
		assertEquals("Falconiformes spp.", raptors.getCitesName());
		assertTrue(only(raptors).getPopulation().startsWith("Except the species included in Appendices I and III"));
		assertEquals(List.of("II"), cites(byId(programme, "tx-falco-cherrug")), "the falcon's own listing untouched");
		// line 186: "Cheloniidae spp." is the programme's family
		Taxon turtles = byId(programme, "tx-cheloniidae");
		assertEquals(List.of("I from 2012-09-25"), cites(turtles));
		assertEquals("Cheloniidae spp.", turtles.getCitesName());
		// line 194: under the family of the heading above it
		assertEquals(List.of("I from 2012-09-25"),
				cites(lower(byId(programme, "tx-dermochelyidae"), "Dermochelys coriacea")));
		// lines 210, 218, 235: the sharks' dated listings confirmed
		assertEquals(List.of("II from 2003-02-13"), cites(byId(programme, "tx-cetorhinus-maximus")));
		assertEquals(List.of("II from 2005-01-12"), cites(byId(programme, "tx-carcharodon-carcharias")));
		assertEquals(List.of("II from 2003-02-13"), cites(byId(programme, "tx-rhincodon-typus")));
		// line 224: twenty Parties, the last "United Kingdom of Great Britain and Northern Ireland"; the note on Denmark
		Listing porbeagle = only(top(programme, "Lamna nasus"));
		assertTrue(porbeagle.getParty().startsWith("Belgium, Cyprus, Denmark, Estonia"), porbeagle.getParty());
		assertTrue(porbeagle.getParty().endsWith("Sweden and United Kingdom of Great Britain and Northern Ireland"),
				porbeagle.getParty());
		assertEquals("11 Excluding the dependent territory of Greenland.", porbeagle.getAnnotation());
		assertNull(porbeagle.getPopulation());
		// lines 247-259: the order's two undated listings become the edition's one; its Appendix I species beneath it
		Taxon sturgeons = byId(programme, "tx-acipenseriformes");
		assertEquals(List.of("II from 2012-09-25"), cites(sturgeons));
		assertEquals("Except the species included in Appendix I", only(sturgeons).getPopulation());
		assertEquals(List.of("I from 2012-09-25"), cites(lower(sturgeons, "Acipenser brevirostrum")));
		assertEquals(List.of("I from 2012-09-25"), cites(lower(sturgeons, "Acipenser sturio")));
		// line 294: four species on the lines of one cell, each with its Party
		for (String coral : new String[] { "Corallium elatius", "Corallium japonicum", "Corallium konjoi",
				"Corallium secundum" }) {
			assertEquals(List.of("III from 2012-09-25 (China)"), cites(top(programme, coral)), coral);
			assertNull(only(top(programme, coral)).getPopulation(), coral);
		}
		// lines 271, 278 skipped, 305 (an empty name, as on the real page) ignored; line 315: "#1" with its note's text
		Listing gnetum = only(top(programme, "Gnetum montanum"));
		assertEquals("Nepal", gnetum.getParty());
		assertTrue(
				gnetum.getAnnotation().startsWith("#1 All parts and derivatives, except: a) seeds, spores and pollen"),
				gnetum.getAnnotation());
		assertTrue(programme.getTaxa().stream().noneMatch(t -> "Pristis pristis".equals(t.getAcceptedName())));

		assertEquals(topLevel + 12, programme.getTaxa().size(),
				"pronghorn, blackbuck, buffalo, gazelle, musk deer, raptors, porbeagle, four corals, gnetum at the top, and nothing twice");
	}

	@Test
	void importingThePageAgainChangesNothing() throws Exception {
		Programme programme = programme();
		execute(plan(programme, page()));
		Programme once = EcoreUtil.copy(programme);
		ImportPlan again = plan(programme, page());
		assertEquals("0 taxa added, 0 updated, 28 unchanged; 2 rows skipped (" + SOURCE + ")", again.summary());
		execute(again);
		assertTrue(EcoreUtil.equals(once, programme), "no duplicate, no change");
	}

	@Test
	void intoAnEmptyProgrammeTheSplitListingKeepsItsRemarksAndNote() throws Exception {
		Programme programme = JwpFactory.eINSTANCE.createProgramme();
		ImportPlan plan = plan(programme, page());
		assertEquals("28 taxa added, 0 updated; 2 rows skipped (" + SOURCE + ")", plan.summary());
		execute(plan);
		assertEquals(25, programme.getTaxa().size(),
				"the subspecies under its species, the sturgeons under their order");
		Taxon elephant = top(programme, "Loxodonta africana");
		assertEquals(List.of("I from 2012-09-25", "II from 2012-09-25"), cites(elephant));
		Listing one = elephant.getListings().get(0);
		assertEquals(
				"Except the populations of Botswana, Namibia, South Africa and Zimbabwe, which are included in Appendix II",
				one.getPopulation());
		assertNull(one.getAnnotation());
		Listing two = elephant.getListings().get(1);
		assertEquals(
				"Only the populations of Botswana, Namibia, South Africa and Zimbabwe; all other populations are included"
						+ " in Appendix I",
				two.getPopulation());
		assertTrue(
				two.getAnnotation()
						.startsWith("5 Populations of Botswana, Namibia, South Africa and Zimbabwe (listed in"
								+ " Appendix II): For the exclusive purpose of allowing: a) trade in hunting trophies"),
				two.getAnnotation());
		assertEquals(TaxonRank.FAMILY, top(programme, "Cheloniidae").getRank());
		assertEquals(TaxonRank.ORDER, top(programme, "Acipenseriformes").getRank());
		assertEquals(2, top(programme, "Acipenseriformes").getLowerTaxa().size());
	}

	@Test
	void aLaterEditionEndsWhatChangedAndAnOlderOneIsNotApplied() throws Exception {
		Programme programme = programme();
		execute(plan(programme, page()));
		// the dugong moved to Appendix II in an edition valid from 12 June 2013
		String dugongInI = "<td> <i><b>Dugong dugon</b></i></td>\n    <td>&nbsp;</td>";
		String dugongInII = "<td>&nbsp;</td>\n    <td> <i><b>Dugong dugon</b></i></td>";
		String page2013 = page().replace("25 September 2012", "12 June 2013").replace(dugongInI, dugongInII);
		assertTrue(page2013.contains(dugongInII), "the dugong's entry moved to the second column");
		ImportPlan later = plan(programme, page2013);
		assertEquals("0 taxa added, 1 updated, 27 unchanged; 2 rows skipped (CITES Appendices valid from 12 June 2013)",
				later.summary());
		execute(later);
		Taxon dugong = byId(programme, "tx-dugong-dugon");
		assertEquals(List.of("I from 2012-09-25 to 2013-06-12", "II from 2013-06-12"), cites(dugong));
		assertEquals(AppendixListing.I, dugong.listingOn(Convention.CITES, LocalDate.of(2013, 1, 1)));
		assertEquals(AppendixListing.II, dugong.listingOn(Convention.CITES, LocalDate.of(2014, 1, 1)));

		// the edition of 22 December 2011 comes after: it does not overwrite what is known from later ones
		ImportPlan older = plan(programme, page().replace("25 September 2012", "22 December 2011"));
		assertTrue(older.problems().stream()
				.anyMatch(p -> p.line() == 157 && p.message().equals("Dugong dugon: the programme has a"
						+ " CITES listing in force from 2012-09-25, later than this edition (valid from 2011-12-22); its listings are left"
						+ " as they are")),
				older.problems().toString());
		execute(older);
		assertEquals(List.of("I from 2012-09-25 to 2013-06-12", "II from 2013-06-12"), cites(dugong));
		assertEquals(List.of("I from 2007-09-13", "II from 2007-09-13"),
				cites(byId(programme, "tx-loxodonta-africana")),
				"listings older than the edition and the same: kept");
	}

	@Test
	void marksWrittenInTheTextAreAnnotationsToo() throws Exception {
		Programme programme = JwpFactory.eINSTANCE.createProgramme();
		String html = page().replace("<sup><a href=\"#hash1\">#1</a></sup>", "#1")
				.replace("<i><b>Dugong dugon</b></i>", "<i><b>Dugong dugon</b></i> +211");
		execute(plan(programme, html));
		Listing gnetum = only(top(programme, "Gnetum montanum"));
		assertTrue(gnetum.getAnnotation().startsWith("#1 All parts and derivatives, except:"), gnetum.getAnnotation());
		assertEquals("Nepal", gnetum.getParty());
		Listing dugong = only(top(programme, "Dugong dugon"));
		assertEquals("+211", dugong.getAnnotation(), "a mark the notes table does not explain is kept as it is");
		assertNull(dugong.getPopulation());
	}

	@Test
	void aTableWithAColumnOfHeadingsAndTheFrenchPageAreReadToo() throws Exception {
		String french = """
				<html><body><h1>Annexes I, II et III</h1><p>valables à partir du <strong>1er octobre 2013</strong></p>
				<table><thead><tr><th></th><th>Annexe I</th><th>Annexe II</th><th>Annexe III</th></tr></thead><tbody>
				<tr><th colspan="4">CLASSE ELASMOBRANCHII</th></tr>
				<tr><td>LAMNIFORMES</td><td></td><td></td><td></td></tr>
				<tr><td>Lamnidae</td><td></td><td><i>Carcharodon carcharias</i></td><td></td></tr>
				<tr><td></td><td></td><td></td><td><i>Lamna nasus</i> (Danemark, Suède et Royaume-Uni de Grande-Bretagne et d'Irlande du Nord)</td></tr>
				</tbody></table></body></html>""";
		Programme programme = programme();
		Taxon lamnidae = JwpFactory.eINSTANCE.createTaxon();
		lamnidae.setId("tx-lamnidae");
		lamnidae.setAcceptedName("Lamnidae");
		lamnidae.setRank(TaxonRank.FAMILY);
		programme.getTaxa().add(lamnidae);
		ImportPlan plan = plan(programme, french);
		assertEquals("1 taxon added, 1 updated (CITES Appendices valid from 1er octobre 2013)", plan.summary());
		assertTrue(plan.problems().isEmpty(), plan.problems().toString());
		execute(plan);
		assertEquals(List.of("II from 2005-01-12"), cites(byId(programme, "tx-carcharodon-carcharias")),
				"in column 3, under Annexe II: the dated listing confirmed");
		Listing porbeagle = only(lower(lamnidae, "Lamna nasus")); // the family of the left column's heading
		assertEquals(LocalDate.of(2013, 10, 1), porbeagle.getEffective());
		assertEquals("Danemark, Suède et Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", porbeagle.getParty());
	}

	@Test
	void aPageWithoutItsDateIsImportedUndatedWithAWarning() throws Exception {
		Programme programme = programme();
		ImportPlan plan = plan(programme,
				page().replace("valid from <strong>25 September 2012</strong>", "<strong>current</strong>"));
		assertEquals(
				"the page does not say which date it is valid from (\"valid from ...\" under its title); the listings are"
						+ " imported without a date",
				Imports.problemOn(plan, 0).message());
		execute(plan);
		Listing argali = only(byId(programme, "tx-ovis-ammon"));
		assertNull(argali.getEffective());
		assertEquals("CITES Appendices (" + PAGE + ", no date printed)", argali.getSource());
		assertEquals("Except the subspecies included in Appendix I", argali.getPopulation(),
				"an undated listing replaced");
		assertEquals("CITES Appendix I (the Australian population transferred from Appendix II in 2000) [verified]",
				only(byId(programme, "tx-dugong-dugon")).getSource(), "the same undated listing: kept as it was");
		assertEquals(List.of("I from 2007-09-13", "II from 2007-09-13"),
				cites(byId(programme, "tx-loxodonta-africana")),
				"an undated page leaves a dated history alone");
	}

	@Test
	void aNameTwoTaxaAnswerToIsReportedNotGuessed() throws Exception {
		Programme programme = programme();
		for (String id : new String[] { "tx-porbeagle-a", "tx-porbeagle-b" }) {
			Taxon porbeagle = JwpFactory.eINSTANCE.createTaxon();
			porbeagle.setId(id);
			porbeagle.setNameAsPrinted("Lamna nasus");
			programme.getTaxa().add(porbeagle);
		}
		ImportPlan plan = plan(programme, page());
		assertEquals(
				"\"Lamna nasus\" matches 2 taxa by name as printed (Lamna nasus, Lamna nasus); the entry is skipped: say which"
						+ " in the programme first",
				Imports.problemOn(plan, 224).message());
		assertEquals("18 taxa added, 9 updated; 3 rows skipped (" + SOURCE + ")", plan.summary());
		execute(plan);
		assertTrue(byId(programme, "tx-porbeagle-a").getListings().isEmpty()
				&& byId(programme, "tx-porbeagle-b").getListings().isEmpty());
	}

	@Test
	void anotherHtmlPageIsRefused() throws Exception {
		ImportPlan plan = plan(defaultProgramme(),
				"""
						<html><head><title>CITES species</title></head><body><h1>Species</h1>
						<table><tr><th>Species</th><th>Appendix</th></tr><tr><td><i>Rhincodon typus</i></td><td>II</td></tr></table>
						</body></html>""");
		assertFalse(plan.canImport());
		assertEquals(
				"nothing can be imported: not the CITES Appendices as published: no table has a header row reading I, II and"
						+ " III (\"Appendices I, II and III\" on cites.org, saved as HTML, is read)",
				plan.summary());
	}

	@Test
	void aCsvFileAnEmptyFileAndAHugeFileAreRefused() throws Exception {
		ImportPlan csv = plan(defaultProgramme(), "Scientific Name,Listing\nRhincodon typus,II\n");
		assertTrue(!csv.canImport() && csv.summary().contains("not the CITES Appendices as published"), csv.summary());
		ImportPlan empty = plan(defaultProgramme(), " \n");
		assertEquals(
				"nothing can be imported: the file is empty; save the page \"Appendices I, II and III\" from cites.org as HTML",
				empty.summary());
		InputStream huge = new InputStream() {
			private long left = AppendicesPage.MAX_BYTES + 1L;

			@Override
			public int read() {
				return left-- > 0 ? '<' : -1;
			}
		};
		ImportPlan tooLarge = importer.plan(defaultProgramme(), huge, "huge.html");
		assertFalse(tooLarge.canImport());
		assertTrue(tooLarge.summary().startsWith("nothing can be imported: the file is larger than 16 MB"),
				tooLarge.summary());
	}
}
