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
}
