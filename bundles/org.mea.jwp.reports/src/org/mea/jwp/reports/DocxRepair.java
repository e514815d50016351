package org.mea.jwp.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends what BIRT 4.22's Word writer gets wrong or leaves out in a DOCX package before it leaves
 * the service:
 * <ul>
 * <li>A table's grid columns get their width in a {@code w:val} attribute
 * ({@code AbstractWordXmlWriter.writeColumn} uses its generic one-attribute tag), where
 * WordprocessingML wants {@code w:w}; LibreOffice then ignores the grid and gives every column the
 * same width (a numbered paragraph's number took half the page, the Annex's columns were equal).</li>
 * <li>The writer has no heading styles: a paragraph after a bookmark named
 * {@code jwp_heading<N>_…} (set by the designs on their headings) gets the style "heading N", an
 * outline level, so that Word's navigation pane, a table of contents and LibreOffice's navigator
 * find the document's structure. The style adds nothing to the look; the paragraph keeps its own
 * fonts.</li>
 * <li>A line break within a text ({@code whiteSpace: pre}, an activity's sub-items) is written as
 * {@code <w:br/>} inside the text element {@code <w:t>}, where it is text, not a break: office
 * suites drop it and run the lines together (BIRT issue 1625). It is moved between text elements.</li>
 * <li>The writer has no numbering either: see {@link DocxNumbering}.</li>
 * </ul>
 */
final class DocxRepair {

	private static final String WRONG_GRID_COLUMN = "<w:gridCol w:val="; //$NON-NLS-1$
	private static final String GRID_COLUMN = "<w:gridCol w:w="; //$NON-NLS-1$
	/** The designs' heading mark and the paragraph that follows it (the writer puts bookmarks before). */
	private static final Pattern HEADING = Pattern.compile(
			"(<w:bookmarkStart w:id=\"\\d+\" w:name=\"jwp_heading([1-3])_[^\"]*\"/>(?:<w:bookmarkEnd w:id=\"\\d+\"/>)?<w:p><w:pPr>)"); //$NON-NLS-1$
	private static final String STYLES_END = "</w:styles>"; //$NON-NLS-1$
	/** A text element with line breaks inside. */
	private static final Pattern BREAKS_IN_TEXT = Pattern.compile("<w:t( [^>]*)?>([^<]*(?:<w:br/>[^<]*)+)</w:t>"); //$NON-NLS-1$
	private static final String BREAK = "<w:br/>"; //$NON-NLS-1$
	private static final String DOCUMENT = "word/document.xml"; //$NON-NLS-1$
	private static final String STYLES = "word/styles.xml"; //$NON-NLS-1$
	private static final int HEADING_LEVELS = 3;

	private DocxRepair() {
	}

	/** Copies the DOCX package {@code docx} to {@code output}, mended. */
	static void copyMended(byte[] docx, OutputStream output) throws IOException {
		OfficePackage mended = OfficePackage.read(docx);
		mended.mendAll("word/", xml -> breaksOutOfText(xml.replace(WRONG_GRID_COLUMN, GRID_COLUMN))); //$NON-NLS-1$
		String document = mended.xml(DOCUMENT);
		if (document != null) {
			mended.put(DOCUMENT, HEADING.matcher(document).replaceAll("$1<w:pStyle w:val=\"Heading$2\"/>")); //$NON-NLS-1$
		}
		String styles = mended.xml(STYLES);
		if (styles != null && !styles.contains("w:styleId=\"Heading1\"")) { //$NON-NLS-1$
			mended.put(STYLES, styles.replace(STYLES_END, headingStyles() + STYLES_END));
		}
		DocxNumbering.apply(mended);
		mended.write(output);
	}

	/** {@code <w:t>a<w:br/>b</w:t>} as {@code <w:t>a</w:t><w:br/><w:t>b</w:t>}. */
	private static String breaksOutOfText(String xml) {
		if (!xml.contains(BREAK)) {
			return xml;
		}
		Matcher text = BREAKS_IN_TEXT.matcher(xml);
		StringBuilder mended = new StringBuilder(xml.length() + 256);
		while (text.find()) {
			String open = "<w:t" + (text.group(1) == null ? "" : text.group(1)) + ">"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String lines = String.join("</w:t>" + BREAK + open, text.group(2).split(Pattern.quote(BREAK), -1)); //$NON-NLS-1$
			text.appendReplacement(mended, Matcher.quoteReplacement(open + lines + "</w:t>")); //$NON-NLS-1$
		}
		text.appendTail(mended);
		return mended.toString();
	}

	/** "heading 1" to "heading 3": Word's own names, so Word treats them as its heading styles. */
	private static String headingStyles() {
		StringBuilder styles = new StringBuilder();
		for (int level = 1; level <= HEADING_LEVELS; level++) {
			styles.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(level).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
					.append("<w:name w:val=\"heading ").append(level) //$NON-NLS-1$
					.append("\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>") //$NON-NLS-1$
					.append("<w:pPr><w:keepNext/><w:outlineLvl w:val=\"").append(level - 1) //$NON-NLS-1$
					.append("\"/></w:pPr></w:style>"); //$NON-NLS-1$
		}
		return styles.toString();
	}
}
