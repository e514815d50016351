package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@link org.mea.jwp.reports.spi.RowsDataSet}, the Java feed of scripted data sets: rows come from
 * the method named like the data set, columns by name, and a design naming a method the data does
 * not have fails with a message that says which.
 */
class RowsDataSetTest {

	/** Report data with one data set method; public, as the designs' data classes are. */
	public static final class Data {
		public List<Map<String, Object>> species() {
			return List.of(Map.of("name", "Acipenser sturio", "appendix", "I", "ignored", "not a column"),
					Map.of("name", "Carcharodon carcharias", "appendix", "II"));
		}
	}

	private static String design(String dataSet) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
				    <data-sources><script-data-source name="data" id="2"/></data-sources>
				    <data-sets>
				        <script-data-set name="%s" id="3">
				            <list-property name="resultSetHints">
				                <structure><property name="position">1</property><property name="name">name</property><property name="dataType">string</property></structure>
				                <structure><property name="position">2</property><property name="name">appendix</property><property name="dataType">string</property></structure>
				            </list-property>
				            <property name="eventHandlerClass">org.mea.jwp.reports.spi.RowsDataSet</property>
				            <property name="dataSource">data</property>
				        </script-data-set>
				    </data-sets>
				    <body>
				        <table id="4">
				            <property name="dataSet">%s</property>
				            <list-property name="boundDataColumns">
				                <structure><property name="name">name</property><expression name="expression" type="javascript">dataSetRow["name"]</expression><property name="dataType">string</property></structure>
				                <structure><property name="name">appendix</property><expression name="expression" type="javascript">dataSetRow["appendix"]</expression><property name="dataType">string</property></structure>
				            </list-property>
				            <column id="5"/><column id="6"/>
				            <detail><row id="7">
				                <cell id="8"><data id="9"><property name="resultSetColumn">name</property></data></cell>
				                <cell id="10"><data id="11"><property name="resultSetColumn">appendix</property></data></cell>
				            </row></detail>
				        </table>
				    </body>
				</report>
				"""
				.formatted(dataSet, dataSet);
	}

	private static String render(String dataSet) throws ReportException {
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		ReportService.get().render(new ByteArrayInputStream(design(dataSet).getBytes(StandardCharsets.UTF_8)), "rows",
				Map.of(ReportService.APP_CONTEXT_KEY, new Data()), Map.of(), ReportFormat.HTML, html);
		return html.toString(StandardCharsets.UTF_8);
	}

	@Test
	void rowsComeFromTheMethodNamedLikeTheDataSet() throws Exception {
		String html = render("species");
		int first = html.indexOf("Acipenser sturio");
		int second = html.indexOf("Carcharodon carcharias");
		assertTrue(first > 0 && second > first, html);
		assertTrue(html.indexOf(">I<", first) > first && html.indexOf(">II<", second) > second, html);
		assertTrue(!html.contains("not a column"), html);
	}

	@Test
	void aDataSetWithoutItsMethodIsNamedInTheError() {
		ReportException e = assertThrows(ReportException.class, () -> render("meetings"));
		assertTrue(e.getMessage().contains("public method meetings()") && e.getMessage().contains(Data.class.getName()),
				e.getMessage());
	}
}
