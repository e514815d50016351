package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;

/**
 * A design that is not one of this bundle's, read from a stream with no folder beside it, extends
 * the committee's first page from {@code committee.rptlibrary} as the bundle's own designs do.
 */
class CommitteeLibraryTest {

	private static final String DESIGN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
			    <list-property name="libraries">
			        <structure>
			            <property name="fileName">committee.rptlibrary</property>
			            <property name="namespace">committee</property>
			        </structure>
			    </list-property>
			    <property name="theme">committee.committee</property>
			    <page-setup>
			        <simple-master-page name="A4" id="2" extends="committee.A4"/>
			    </page-setup>
			    <body>
			        <grid name="citesLanguageLine" id="3" extends="committee.citesLanguageLine"/>
			        <grid name="citesHeading" id="4" extends="committee.citesHeading"/>
			        <label id="5"><text-property name="text">A contributed committee document.</text-property></label>
			    </body>
			</report>
			""";

	@Test
	void aDesignReadFromAStreamFindsTheLibrary() throws Exception {
		Programme programme = ProgrammeStore.programme(DefaultProgramme.load());
		ProgressReportData data = new ProgressReport(programme).cycle("cycle-sc65").data();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportService.get().render(new ByteArrayInputStream(DESIGN.getBytes(StandardCharsets.UTF_8)), "contributed",
				Map.of(ReportService.APP_CONTEXT_KEY, data), Map.of(), ReportFormat.HTML, out);
		String html = out.toString(StandardCharsets.UTF_8);
		assertTrue(html.contains("Original language: English"), "the language line");
		assertTrue(html.contains("SC65 Doc. 14.3"), "the symbol");
		assertTrue(html.contains("CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES"), "the Convention's name");
		assertTrue(html.contains("Sixty-fifth meeting of the Standing Committee"), "the meeting");
		assertTrue(html.contains("A contributed committee document."));
		assertFalse(html.contains("Distribution: General"), "nothing of the CMS layout, which the design did not take");
	}
}
