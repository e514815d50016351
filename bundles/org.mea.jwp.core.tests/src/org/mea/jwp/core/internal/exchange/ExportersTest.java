package org.mea.jwp.core.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mea.jwp.core.internal.exchange.Imports.defaultProgramme;
import static org.mea.jwp.core.internal.exchange.Imports.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.exchange.DataFormat;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Programme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The exports of the embedded programme: well-formed, complete, deterministic, and the model untouched. */
class ExportersTest {

	private static final Clock FIXED = Clock.fixed(Instant.parse("2014-12-31T12:00:00Z"), ZoneOffset.UTC);

	/** A parser that refuses DTDs and external entities, as any parser of received files should. */
	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> elements(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add((Element) nodes.item(i));
		}
		return result;
	}

	private static String child(Element parent, String name) {
		return elements(parent, name).get(0).getTextContent().strip();
	}

	@Test
	void iatiHasOneActivityPerActivityWithStatusDatesAndConditions() throws Exception {
		Programme programme = defaultProgramme();
		Programme before = EcoreUtil.copy(programme);
		byte[] xml = export(new IatiExporter(FIXED), programme);
		assertTrue(EcoreUtil.equals(before, programme), "exporting changes nothing");

		Element root = parse(xml).getDocumentElement();
		assertEquals("iati-activities", root.getTagName());
		assertEquals("2.03", root.getAttribute("version"));
		assertEquals("2014-12-31T12:00:00Z", root.getAttribute("generated-datetime"));
		List<Element> activities = elements(root, "iati-activity");
		assertEquals(31, activities.size());

		Map<String, Integer> statuses = new TreeMap<>();
		List<String> conditional = new ArrayList<>();
		for (Element activity : activities) {
			statuses.merge(elements(activity, "activity-status").get(0).getAttribute("code"), 1, Integer::sum);
			String identifier = child(activity, "iati-identifier");
			if ("1".equals(elements(activity, "conditions").get(0).getAttribute("attached"))) {
				conditional.add(identifier.substring(identifier.lastIndexOf('-') + 1));
				assertEquals("Subject to external funding", child(elements(activity, "condition").get(0), "narrative"));
			}
			assertEquals("41030", elements(activity, "sector").get(0).getAttribute("code"));
			assertTrue(elements(activity, "activity-date").stream().anyMatch(d -> "1".equals(d.getAttribute("type"))),
					identifier + " has a planned start");
		}
		assertEquals(Map.of("1", 19, "2", 12), statuses, "19 not started, 12 on-going");
		assertEquals(List.of("B1", "B5", "B8", "B10", "B13"), conditional);

		Element a1 = activities.get(0);
		assertEquals("XM-JWP-SC62-Doc14.3-A1", child(a1, "iati-identifier"));
		assertEquals("XM-JWP", elements(a1, "reporting-org").get(0).getAttribute("ref"));
		assertEquals("CITES Secretariat", child(elements(a1, "reporting-org").get(0), "narrative"));
		List<String> dates = elements(a1, "activity-date").stream()
				.map(d -> d.getAttribute("type") + "=" + d.getAttribute("iso-date")).toList();
		assertEquals(List.of("1=2012-01-01", "3=2012-12-31"), dates, "A1's timeframe is 2012");
		List<String> implementing = elements(a1, "participating-org").stream()
				.filter(o -> "4".equals(o.getAttribute("role"))).map(o -> o.getTextContent().strip()).toList();
		assertEquals(List.of("CITES Secretariat", "CMS Secretariat"), implementing, "A1 is joint");

		assertArrayEquals(xml, export(new IatiExporter(FIXED), programme), "same programme, same bytes");
	}

	@Test
	void jsonParsesBackWithAllActivitiesAndTaxa() throws Exception {
		Programme programme = defaultProgramme();
		Programme before = EcoreUtil.copy(programme);
		DataFormat json = DataFormats.get().exporter("org.mea.jwp.core.json").orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataFormats.get().write(json, programme, out);
		assertTrue(EcoreUtil.equals(before, programme), "exporting changes nothing");

		JsonObject document = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("CMS-CITES Joint Work Programme 2012-2014", document.get("title").getAsString());
		assertEquals(2012, document.getAsJsonObject("period").get("start").getAsInt());
		List<String> codes = new ArrayList<>();
		for (JsonElement theme : document.getAsJsonArray("themes")) {
			for (JsonElement group : theme.getAsJsonObject().getAsJsonArray("groups")) {
				for (JsonElement activity : group.getAsJsonObject().getAsJsonArray("activities")) {
					codes.add(activity.getAsJsonObject().get("code").getAsString());
				}
			}
		}
		assertEquals(31, codes.size());
		assertEquals(programme.activities().stream().map(a -> a.getCode()).toList(), codes, "document order");
		JsonArray taxa = document.getAsJsonArray("taxa");
		assertEquals(14, taxa.size());
		assertTrue(!taxa.get(11).getAsJsonObject().has("nameAsPrinted"), "absent values are left out");

		ByteArrayOutputStream again = new ByteArrayOutputStream();
		DataFormats.get().write(json, programme, again);
		assertArrayEquals(out.toByteArray(), again.toByteArray(), "same programme, same bytes");
	}

	@Test
	void activitiesCsvHasOneRowPerActivity() throws Exception {
		Programme programme = defaultProgramme();
		String csv = new String(export(new ActivitiesCsvExporter(), programme), StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv)).getRecords();
		assertEquals(31, rows.size());
		CSVRecord b1 = rows.stream().filter(r -> "B1".equals(r.get("Code"))).findFirst().orElseThrow();
		assertEquals("B", b1.get("Theme"));
		assertEquals("African elephant", b1.get("Group"));
		assertEquals("subject to external funding", b1.get("Funding"));
		assertEquals("2012 \u2013 14", rows.stream().filter(r -> "B18".equals(r.get("Code"))).findFirst().orElseThrow()
				.get("Timeframe"), "the timeframe as worded");
		assertEquals("yes", rows.get(0).get("Overdue"), "A1 (2012, not started) is overdue at the end of 2014");
	}

	@Test
	void taxaCarryTheListingsInForceOnTheDateAsked() throws Exception {
		Programme programme = defaultProgramme();
		DataFormats formats = DataFormats.get();
		DataFormat csv = formats.exporter("org.mea.jwp.core.taxa.csv").orElseThrow();
		DataFormat json = formats.exporter("org.mea.jwp.core.json").orElseThrow();

		// CMS COP10 listed the argali in Appendix II and the saker falcon in Appendix I, in force from 23 February 2012
		Map<String, String> endOf2014 = cmsAppendices(csv, programme, null);
		assertEquals("II", endOf2014.get("Ovis ammon"), "by default: the last day of the programme's period");
		assertEquals("I", endOf2014.get("Falco cherrug"));
		Map<String, String> beforeCop10 = cmsAppendices(csv, programme, new ExportContext(LocalDate.of(2012, 1, 1)));
		assertEquals("not listed", beforeCop10.get("Ovis ammon"), "not listed by CMS before 23 February 2012");
		assertEquals("not listed", beforeCop10.get("Falco cherrug"));
		assertEquals(endOf2014.get("Gorilla spp."), beforeCop10.get("Gorilla spp."),
				"a listing without dates holds on both days");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		formats.write(json, programme, out, new ExportContext(LocalDate.of(2012, 1, 1)));
		JsonObject document = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("2012-01-01", document.get("listingsAsAt").getAsString());
		JsonObject argali = document.getAsJsonArray("taxa").asList().stream().map(JsonElement::getAsJsonObject)
				.filter(taxon -> "Ovis ammon".equals(taxon.get("scientificName").getAsString())).findFirst()
				.orElseThrow();
		assertEquals(AppendixListing.NOT_LISTED.getLiteral(), argali.get("cmsAppendix").getAsString());
		assertEquals("II", argali.get("citesAppendix").getAsString());
	}

	/** The CMS Appendix column of the Taxa CSV by scientific name; a null context: the default. */
	private static Map<String, String> cmsAppendices(DataFormat csv, Programme programme, ExportContext context)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (context == null) {
			DataFormats.get().write(csv, programme, out);
		} else {
			DataFormats.get().write(csv, programme, out, context);
		}
		Map<String, String> appendices = new TreeMap<>();
		for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
			appendices.put(row.get("Scientific Name"), row.get("CMS Appendix"));
		}
		return appendices;
	}

	@Test
	void iatiWritesInBlocksNotCharacterByCharacter() throws Exception {
		int[] calls = new int[1];
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OutputStream counting = new OutputStream() {
			@Override
			public void write(int b) {
				calls[0]++;
				bytes.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				calls[0]++;
				bytes.write(b, off, len);
			}
		};
		new IatiExporter(FIXED).write(defaultProgramme(), counting);
		assertTrue(bytes.size() > 5_000, "a whole export: " + bytes.size() + " bytes");
		assertTrue(calls[0] < 50,
				calls[0] + " writes for " + bytes.size() + " bytes: every write is a system call on a file");
		assertArrayEquals(bytes.toByteArray(), export(new IatiExporter(FIXED), defaultProgramme()), "the same bytes");
	}
}
