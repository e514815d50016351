package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Finds the charts in rendered reports, for tests that check what a chart shows. */
final class RenderedCharts {

	private static final Pattern SVG_DATA = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)"); //$NON-NLS-1$

	private RenderedCharts() {
	}

	/** The SVG documents an HTML report carries inline, in page order. */
	static List<String> svgs(String html) {
		List<String> svgs = new ArrayList<>();
		Matcher data = SVG_DATA.matcher(html);
		while (data.find()) {
			svgs.add(new String(Base64.getDecoder().decode(data.group(1)), StandardCharsets.UTF_8));
		}
		return svgs;
	}

	/** The names of the images in a DOCX ({@code word/media/}) or ODT ({@code Pictures/}) file. */
	static List<String> images(byte[] zip) throws IOException {
		List<String> images = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				String name = entry.getName();
				if (name.startsWith("word/media/") || name.startsWith("media/") || name.startsWith("Pictures/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					images.add(name);
				}
			}
		}
		return images;
	}

	private static final Pattern TEXT = Pattern.compile(
			"<text\\b[^>]*?fill:(#[0-9a-fA-F]{6})[^>]*?x=\"([-0-9.]+)\"[^>]*?y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>"); //$NON-NLS-1$

	/** A text BIRT drew into a chart: its colour, where its baseline starts, and what it says. */
	record Label(String fill, double x, double y, String text) {
	}

	/** Every text of a chart's SVG. */
	static List<Label> labels(String svg) {
		List<Label> labels = new ArrayList<>();
		Matcher text = TEXT.matcher(svg);
		while (text.find()) {
			labels.add(new Label(text.group(1).toLowerCase(java.util.Locale.ROOT), Double.parseDouble(text.group(2)),
					Double.parseDouble(text.group(3)), text.group(4)));
		}
		return labels;
	}

	/**
	 * The numbers written on the bars of a horizontal stacked bar chart, left to right, by the
	 * category (axis label) on whose row they stand: what a reader reads off each bar.
	 */
	static java.util.Map<String, List<Integer>> barLabels(String svg, List<String> categories) {
		List<Label> labels = labels(svg);
		java.util.Map<String, List<Integer>> bars = new java.util.LinkedHashMap<>();
		for (String category : categories) {
			Label axis = labels.stream().filter(l -> l.text().equals(category)).findFirst()
					.orElseThrow(() -> new AssertionError("no axis label \"" + category + "\" in the chart")); //$NON-NLS-1$ //$NON-NLS-2$
			bars.put(category, labels.stream()
					.filter(l -> l.text().matches("\\d+") && Math.abs(l.y() - axis.y()) < 1 && l.x() > axis.x()) //$NON-NLS-1$
					.sorted(java.util.Comparator.comparingDouble(Label::x)).map(l -> Integer.valueOf(l.text()))
					.toList());
		}
		return bars;
	}
}
