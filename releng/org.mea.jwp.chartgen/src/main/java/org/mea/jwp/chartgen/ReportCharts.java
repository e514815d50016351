package org.mea.jwp.chartgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.birt.chart.model.Chart;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.core.framework.PlatformConfig;
import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.FontDefinition;
import org.eclipse.birt.chart.model.attribute.Orientation;
import org.eclipse.birt.chart.model.attribute.Position;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.attribute.impl.ColorDefinitionImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.QueryImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.impl.SerializerImpl;
import org.eclipse.birt.chart.model.type.BarSeries;
import org.eclipse.birt.chart.model.type.impl.BarSeriesImpl;

/**
 * Writes the chart models inside the report designs of {@code org.mea.jwp.reports}.
 * <p>
 * BIRT keeps a chart in a {@code .rptdesign} as the XML of its chart model (an
 * {@code extended-item extensionName="Chart"} with an {@code xmlRepresentation} property), several
 * hundred lines per chart that BIRT Designer writes and nobody edits by hand. BIRT Designer is not
 * part of this build, so the models are built here with BIRT's chart API and written into the
 * designs' chart items, found by name. Everything else about a chart item (its data set, bound
 * columns, filters, size on the page) stays in the design, where it belongs.
 * <p>
 * With {@code --check} nothing is written and the exit code is 1 when a committed design's chart
 * differs from what this class builds.
 */
public final class ReportCharts {

	/**
	 * Statuses in the order of {@code org.mea.jwp.model.ActivityStatus}: the column each design's
	 * chart data set gives per status (the literal's name), the legend label, and the colour, the
	 * same as the Timeline view's so that a status looks alike on screen and on paper.
	 */
	private static final String[][] STATUSES = { //
			{ "NOT_STARTED", "not started", "AAAAAA" }, //
			{ "IN_PROGRESS", "in progress", "4285D6" }, //
			{ "ONGOING", "on-going", "26A69A" }, //
			{ "COMPLETED", "completed", "43A047" }, //
			{ "DEFERRED", "deferred", "FB8C00" }, //
			{ "CANCELLED", "cancelled", "616161" }, //
			{ "AWAITING_FUNDING", "awaiting funding", "8E44AD" } };

	/** The charts by the name of their item in the designs. */
	static Map<String, Supplier<Chart>> charts() {
		Map<String, Supplier<Chart>> charts = new LinkedHashMap<>();
		charts.put("statusByTheme", () -> statusBars(440, 170)); //$NON-NLS-1$
		charts.put("statusByLead", () -> statusBars(440, 130)); //$NON-NLS-1$
		charts.put("progressByTheme", () -> statusBars(400, 170)); //$NON-NLS-1$
		return charts;
	}

	private static final Pattern CHART_ITEM = Pattern.compile(
			"(<extended-item extensionName=\"Chart\" name=\"([^\"]+)\"[^>]*>\\s*<xml-property name=\"xmlRepresentation\"><!\\[CDATA\\[)(.*?)(\\]\\]></xml-property>)", //$NON-NLS-1$
			Pattern.DOTALL);

	/**
	 * Chart script (BIRT's JavaScript chart events): no "0" drawn on an empty segment; before the
	 * chart is laid out, the legend's statuses and the axis title in the report's language, which
	 * the report's data ({@code jwp} in the application context) gives with {@code chartLabel}.
	 */
	private static final String SCRIPT = "function beforeDrawDataPointLabel(point, label, context) {\n" //$NON-NLS-1$
			+ "\tif (point.getOrthogonalValue() == 0) {\n\t\tlabel.setVisible(false);\n\t}\n}\n" //$NON-NLS-1$
			+ "function beforeGeneration(chart, context) {\n" //$NON-NLS-1$
			+ "\tvar report = context.getExternalContext() == null ? null : context.getExternalContext().getScriptable();\n" //$NON-NLS-1$
			+ "\tvar jwp = report == null || report.getAppContext() == null ? null : report.getAppContext().get(\"jwp\");\n" //$NON-NLS-1$
			+ "\tif (jwp == null || jwp.chartLabel == null) {\n\t\treturn;\n\t}\n" //$NON-NLS-1$
			+ "\tvar values = chart.getAxes().get(0).getAssociatedAxes().get(0);\n" //$NON-NLS-1$
			+ "\tvalues.getTitle().getCaption().setValue(jwp.chartLabel(values.getTitle().getCaption().getValue()));\n" //$NON-NLS-1$
			+ "\tvar definitions = values.getSeriesDefinitions();\n" //$NON-NLS-1$
			+ "\tfor (var d = 0; d < definitions.size(); d++) {\n" //$NON-NLS-1$
			+ "\t\tvar series = definitions.get(d).getSeries();\n" //$NON-NLS-1$
			+ "\t\tfor (var s = 0; s < series.size(); s++) {\n" //$NON-NLS-1$
			+ "\t\t\tseries.get(s).setSeriesIdentifier(jwp.chartLabel(series.get(s).getSeriesIdentifier()));\n" //$NON-NLS-1$
			+ "\t\t}\n\t}\n}\n"; //$NON-NLS-1$

	private ReportCharts() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Paths.get("").toAbsolutePath(); //$NON-NLS-1$
		boolean check = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--root" -> root = Paths.get(args[++i]); //$NON-NLS-1$
			case "--check" -> check = true; //$NON-NLS-1$
			default ->
				throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: [--root DIR] [--check]"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		// the chart serializer reads BIRT's extension settings; outside OSGi that needs a started
		// (plain Java) BIRT platform, otherwise it logs a stack trace and goes on with defaults
		try {
			Platform.startup(new PlatformConfig());
		} catch (BirtException e) {
			throw new IOException("BIRT platform could not start: " + e.getMessage(), e); //$NON-NLS-1$
		}
		Path designs = root.resolve("bundles/org.mea.jwp.reports/designs"); //$NON-NLS-1$
		List<String> stale = new ArrayList<>();
		try (Stream<Path> files = Files.list(designs)) {
			for (Path design : files.filter(p -> p.toString().endsWith(".rptdesign")).sorted().toList()) { //$NON-NLS-1$
				String before = Files.readString(design, StandardCharsets.UTF_8);
				String after = writeCharts(before, design.getFileName().toString());
				if (!after.equals(before)) {
					if (check) {
						stale.add(design.getFileName().toString());
					} else {
						Files.writeString(design, after, StandardCharsets.UTF_8);
						System.out.println("Wrote the charts of " + design); //$NON-NLS-1$
					}
				}
			}
		}
		if (!stale.isEmpty()) {
			System.err.println("Report charts differ from ReportCharts in " + stale //$NON-NLS-1$
					+ "; run ./mvnw -q -f releng/org.mea.jwp.chartgen exec:java and commit the designs"); //$NON-NLS-1$
			System.exit(1);
		}
	}

	static String writeCharts(String design, String fileName) throws IOException {
		Map<String, Supplier<Chart>> charts = charts();
		Matcher item = CHART_ITEM.matcher(design);
		StringBuilder out = new StringBuilder();
		while (item.find()) {
			Supplier<Chart> chart = charts.get(item.group(2));
			if (chart == null) {
				throw new IllegalStateException(
						fileName + ": no chart named \"" + item.group(2) + "\" in ReportCharts"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			item.appendReplacement(out, Matcher.quoteReplacement(item.group(1) + xml(chart.get()) + item.group(4)));
		}
		item.appendTail(out);
		return out.toString();
	}

	private static String xml(Chart chart) throws IOException {
		ByteArrayOutputStream bytes = SerializerImpl.instance().asXml(chart, true);
		return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Horizontal stacked bars, one bar per row of the data set (its {@code name} column) and one
	 * segment per status. A status with no activities is 0 in the data (a stacked axis refuses
	 * nulls); the chart's script hides the labels of those empty segments.
	 */
	static ChartWithAxes statusBars(double width, double height) {
		ChartWithAxes chart = ChartWithAxesImpl.create();
		chart.setType("Bar Chart"); //$NON-NLS-1$
		chart.setSubType("Stacked"); //$NON-NLS-1$
		chart.setTransposed(true);
		// transposed charts draw the first category at the bottom; the reader expects theme A on top
		chart.setReverseCategory(true);
		// without bounds BIRT lays the chart out in a 0x0 block and silently draws nothing
		chart.getBlock().setBounds(BoundsImpl.create(0, 0, width, height));
		chart.getTitle().setVisible(false);
		chart.setScript(SCRIPT);
		// below, in rows: the category labels (theme names) need the width
		chart.getLegend().setPosition(Position.BELOW_LITERAL);
		chart.getLegend().setOrientation(Orientation.HORIZONTAL_LITERAL);
		chart.getLegend().getSeparator().setVisible(false);
		font(chart.getLegend().getText().getFont(), 8);
		// an entry that does not fit the row goes to the next one whole (BIRT would cut it to "ca...")
		chart.getLegend().setEllipsis(0);

		Axis categories = chart.getPrimaryBaseAxes()[0];
		categories.setType(AxisType.TEXT_LITERAL);
		font(categories.getLabel().getCaption().getFont(), 8);
		categories.getLabel().getCaption().getFont().setWordWrap(true);
		SeriesDefinition names = SeriesDefinitionImpl.create();
		Series name = SeriesImpl.create();
		name.getDataDefinition().add(QueryImpl.create("row[\"name\"]")); //$NON-NLS-1$
		names.getSeries().add(name);
		categories.getSeriesDefinitions().add(names);

		Axis counts = chart.getPrimaryOrthogonalAxis(categories);
		counts.setType(AxisType.LINEAR_LITERAL);
		font(counts.getLabel().getCaption().getFont(), 8);
		counts.getTitle().getCaption().setValue("activities"); //$NON-NLS-1$
		font(counts.getTitle().getCaption().getFont(), 8);
		counts.getTitle().setVisible(true);
		for (String[] status : STATUSES) {
			BarSeries bars = (BarSeries) BarSeriesImpl.create();
			bars.setSeriesIdentifier(status[1]);
			bars.getDataDefinition().add(QueryImpl.create("row[\"" + status[0] + "\"]")); //$NON-NLS-1$ //$NON-NLS-2$
			bars.setStacked(true);
			bars.getLabel().setVisible(true);
			bars.setLabelPosition(Position.INSIDE_LITERAL);
			font(bars.getLabel().getCaption().getFont(), 8);
			bars.getLabel().getCaption().setColor(ColorDefinitionImpl.WHITE());
			// BIRT Designer puts each value series in its own definition; its palette gives the colour
			SeriesDefinition definition = SeriesDefinitionImpl.create();
			int rgb = Integer.parseInt(status[2], 16);
			definition.getSeriesPalette().getEntries()
					.add(ColorDefinitionImpl.create(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF));
			definition.getSeries().add(bars);
			counts.getSeriesDefinitions().add(definition);
		}
		return chart;
	}

	private static void font(FontDefinition font, float size) {
		font.setName("DejaVu Sans"); //$NON-NLS-1$
		font.setSize(size);
	}
}
