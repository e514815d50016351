package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.defaultProgramme;
import static org.mea.jwp.core.internal.exchange.Imports.domain;
import static org.mea.jwp.core.internal.exchange.Imports.export;
import static org.mea.jwp.core.internal.exchange.Imports.plan;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.exchange.CsvWriter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * CSV injection: text that a spreadsheet would run as a formula is written as text (OWASP: a
 * single quote in front), in the taxa and activities exports, and comes back unchanged through
 * the importers.
 */
class FormulaCellsTest {

	private static final String HYPERLINK = "=HYPERLINK(\"http://127.0.0.1/?\"&A1,\"Details\")";
	private static final String DDE = "+cmd|' /C calc'!A0";
	private static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
	private static final String MINUS = "-2+3+cmd|' /C calc'!A0";

	private static List<CSVRecord> rows(byte[] csv) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
	}

	@Test
	void cellsThatSpreadsheetsWouldRunAreQuoted() {
		assertEquals("'" + HYPERLINK, CsvWriter.neutralise(HYPERLINK));
		assertEquals("'" + DDE, CsvWriter.neutralise(DDE));
		assertEquals("'" + AT, CsvWriter.neutralise(AT));
		assertEquals("'" + MINUS, CsvWriter.neutralise(MINUS));
		assertEquals("'\tx", CsvWriter.neutralise("\tx"));
		assertEquals("'\rx", CsvWriter.neutralise("\rx"));
		assertEquals("-5", CsvWriter.neutralise("-5"), "a number stays a number");
		assertEquals("+1.5", CsvWriter.neutralise("+1.5"));
		assertEquals("Loxodonta africana", CsvWriter.neutralise("Loxodonta africana"));
		assertEquals("", CsvWriter.neutralise(""));
		for (String text : List.of(HYPERLINK, DDE, AT, MINUS, "-5", "'quoted'", "a=b")) {
			assertEquals(text, CsvWriter.restore(CsvWriter.neutralise(text)), text);
		}
	}

	@Test
	void activitiesAndTaxaExportsWriteFormulasAsText() throws Exception {
		Programme programme = defaultProgramme();
		programme.findActivity("B1").setText(HYPERLINK);
		programme.getTaxa().get(0).setNotes(DDE);
		programme.getTaxa().get(1).setPopulation(AT);

		List<CSVRecord> activities = rows(export(new ActivitiesCsvExporter(), programme));
		CSVRecord b1 = activities.stream().filter(r -> "B1".equals(r.get("Code"))).findFirst().orElseThrow();
		assertEquals("'" + HYPERLINK, b1.get("Text"));

		List<CSVRecord> taxa = rows(export(new TaxaCsvExporter(), programme));
		assertEquals("'" + DDE, taxa.get(0).get("Notes"));
		assertEquals("'" + AT, taxa.get(1).get("Population"));
		for (CSVRecord row : taxa) {
			for (String cell : row) {
				assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-]?\\d+"),
						"no cell starts a formula: " + cell);
			}
		}
	}

	@Test
	void neutralisedCellsImportBackAsTheyWere() throws Exception {
		Programme programme = defaultProgramme();
		programme.getTaxa().get(0).setNotes(DDE);
		programme.getTaxa().get(1).setPopulation(MINUS);
		Programme before = EcoreUtil.copy(programme);
		ImportPlan plan = plan(new SpeciesCsvImporter(), programme, export(new TaxaCsvExporter(), programme));
		assertEquals(List.of(), plan.problems());
		assertEquals("0 taxa added, 0 updated, 14 unchanged", plan.summary());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(plan.command(domain));
		assertTrue(EcoreUtil.equals(before, programme), "the quotes were taken off again");
		Taxon first = programme.getTaxa().get(0);
		assertEquals(DDE, first.getNotes());
	}
}
