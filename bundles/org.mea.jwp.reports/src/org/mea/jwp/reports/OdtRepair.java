package org.mea.jwp.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives an ODT package from BIRT 4.22's writer what it leaves out: headings. A paragraph that
 * holds a bookmark named {@code jwp_heading<N>_…} (set by the designs on their headings) becomes a
 * heading of outline level N ({@code text:h}), so that LibreOffice's navigator, a table of contents
 * and the PDF's bookmarks find the document's structure; its look stays its own. Numbered
 * paragraphs become a numbered list: see {@link OdtNumbering}.
 */
final class OdtRepair {

	/** A paragraph whose first content is a heading mark; paragraphs do not nest, spans hold no paragraph. */
	private static final Pattern HEADING = Pattern.compile(
			"<text:p( [^>]*)?><text:bookmark text:name=\"jwp_heading([1-9])_[^\"]*\"/>(.*?)</text:p>", Pattern.DOTALL); //$NON-NLS-1$

	private static final String CONTENT = "content.xml"; //$NON-NLS-1$

	private OdtRepair() {
	}

	/** Copies the ODT package {@code odt} to {@code output}, its marked paragraphs made headings. */
	static void copyMended(byte[] odt, OutputStream output) throws IOException {
		OfficePackage mended = OfficePackage.read(odt);
		String content = mended.xml(CONTENT);
		if (content != null) {
			mended.put(CONTENT, headings(OdtNumbering.apply(content)));
		}
		mended.write(output);
	}

	private static String headings(String xml) {
		Matcher paragraph = HEADING.matcher(xml);
		StringBuilder mended = new StringBuilder();
		while (paragraph.find()) {
			String attributes = paragraph.group(1) == null ? "" : paragraph.group(1); //$NON-NLS-1$
			paragraph.appendReplacement(mended,
					Matcher.quoteReplacement("<text:h text:outline-level=\"" + paragraph.group(2) //$NON-NLS-1$
							+ "\"" + attributes + ">" + paragraph.group(3) + "</text:h>")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		paragraph.appendTail(mended);
		return mended.toString();
	}
}
