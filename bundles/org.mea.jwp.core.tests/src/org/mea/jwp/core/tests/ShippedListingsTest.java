package org.mea.jwp.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Listing;
import org.mea.jwp.model.Programme;

/**
 * The embedded programme's taxa carry the listings in force in 2012-2014, each with its source. The
 * values checked here are those a published source states (CITES and CMS documents and pages, the
 * Species+ record of the African elephant); the taxa file's sources say which are not yet checked
 * against the official Appendices.
 */
class ShippedListingsTest {

	private static final LocalDate END_OF_2014 = LocalDate.of(2014, 12, 31);
	private static Programme programme;

	@BeforeAll
	static void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private static Map<String, SpeciesConcordance.Entry> concordance(LocalDate asAt) {
		return SpeciesConcordance.of(programme, asAt).stream()
				.collect(Collectors.toMap(e -> e.taxon().getId(), e -> e, (a, b) -> a));
	}

	@Test
	void everyTaxonHasBothConventionsListingsWithASource() {
		List<SpeciesConcordance.Entry> entries = SpeciesConcordance.of(programme, END_OF_2014);
		assertEquals(14, entries.size());
		for (SpeciesConcordance.Entry entry : entries) {
			assertFalse(entry.citesAppendix().isEmpty(), entry.taxon().getId() + " has a CITES listing");
			assertFalse(entry.cmsAppendix().isEmpty(), entry.taxon().getId() + " has a CMS listing");
			for (Listing listing : entry.taxon().getListings()) {
				assertTrue(listing.getSource() != null && listing.getSource().length() > 10,
						entry.taxon().getId() + " names the source of its " + listing.getConvention() + " listing");
			}
		}
	}

	@Test
	void theListingsAPublishedSourceStates() {
		Map<String, SpeciesConcordance.Entry> at = concordance(END_OF_2014);
		// Species+ (taxon 4521): CoP14's split listing, effective 13 September 2007
		assertEquals("I and II", at.get("tx-loxodonta-africana").citesAppendix());
		// cites.org: whale and basking sharks in Appendix II since February 2003; great white since 2005
		assertEquals("II", at.get("tx-rhincodon-typus").citesAppendix());
		assertEquals("II", at.get("tx-cetorhinus-maximus").citesAppendix());
		assertEquals("II", at.get("tx-carcharodon-carcharias").citesAppendix());
		// CMS: the great white shark in Appendices I and II; the whale shark in II until 2017
		assertEquals("I and II", at.get("tx-carcharodon-carcharias").cmsAppendix());
		assertEquals("II", at.get("tx-rhincodon-typus").cmsAppendix());
		// both gorillas in Appendix I of both Conventions; the snow leopard too (CITES 1975, CMS 1985)
		assertEquals("I", at.get("tx-gorilla").citesAppendix());
		assertEquals("I", at.get("tx-gorilla").cmsAppendix());
		assertEquals("I", at.get("tx-uncia-uncia").citesAppendix());
		assertEquals("I", at.get("tx-uncia-uncia").cmsAppendix());
		// CMS COP10 (Bergen, November 2011), in force 90 days later: argali in II, saker falcon in I
		assertEquals("not listed", concordance(LocalDate.of(2012, 1, 1)).get("tx-ovis-ammon").cmsAppendix());
		assertEquals("II", concordance(LocalDate.of(2012, 6, 30)).get("tx-ovis-ammon").cmsAppendix());
		assertEquals("I", concordance(LocalDate.of(2012, 6, 30)).get("tx-falco-cherrug").cmsAppendix());
	}

	@Test
	void whereTheConventionsDiffer() {
		Map<String, SpeciesConcordance.Entry> at = concordance(END_OF_2014);
		assertEquals("appendices", at.get("tx-carcharodon-carcharias").differences(), "CITES II, CMS I and II");
		assertEquals("appendices", at.get("tx-loxodonta-africana").differences(), "CITES I and II, CMS II");
		assertEquals("", at.get("tx-rhincodon-typus").differences(), "II in both");
		assertEquals("", at.get("tx-gorilla").differences(), "I in both");
	}
}
