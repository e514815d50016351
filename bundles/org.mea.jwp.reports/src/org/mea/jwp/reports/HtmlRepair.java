package org.mea.jwp.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives an HTML report from BIRT 4.22's writer what a screen reader needs and BIRT leaves out: the
 * document's language on {@code <html>}; headings, from the blocks the designs mark with a bookmark
 * {@code jwp_heading<N>_…} (as for DOCX and ODT), the first level-1 mark becoming the one
 * {@code <h1>} and the levels below it following in order; and {@code scope="col"} on the column
 * headers BIRT writes as {@code <th>}. The look stays BIRT's: a heading keeps its class and style,
 * its margins set to none. BIRT's output is regular (its own writer, one element per tag), which is
 * what lets a few patterns do this without an HTML parser; none is in the target platform.
 */
final class HtmlRepair {

	private static final Pattern HTML = Pattern.compile("<html(?=[\\s>])"); //$NON-NLS-1$
	/** A marked block: its attributes before the mark, the mark's id, its level, the attributes after. */
	private static final Pattern HEADING_MARK = Pattern
			.compile("<div((?: [^>]*)?) (id=\"jwp_heading([1-9])_[^\"]*\")([^>]*)>"); //$NON-NLS-1$
	private static final Pattern DIV = Pattern.compile("<div[\\s>]|</div>"); //$NON-NLS-1$
	/** A chart as BIRT writes it: an SVG in an {@code <embed>}, which has no alternative text. */
	private static final Pattern SVG_EMBED = Pattern
			.compile("<embed((?: [^>]*)?) type=\"image/svg\\+xml\"((?: [^>]*)?)>(?:\\s*</embed\\s*>)?"); //$NON-NLS-1$
	private static final Pattern ONRESIZE = Pattern.compile(" onresize=\"[^\"]*\""); //$NON-NLS-1$
	private static final Pattern TH = Pattern.compile("<th(?=[\\s>])(?![^>]*\\bscope=)"); //$NON-NLS-1$

	private HtmlRepair() {
	}

	/** Copies {@code html} to {@code output} with its language, headings and column headers said. */
	static void copyMended(byte[] html, OutputStream output, String language) throws IOException {
		String mended = new String(html, StandardCharsets.UTF_8);
		mended = HTML.matcher(mended).replaceFirst("<html lang=\"" + language + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		mended = TH.matcher(mended).replaceAll("<th scope=\"col\""); //$NON-NLS-1$
		mended = charts(mended);
		output.write(headings(mended).getBytes(StandardCharsets.UTF_8));
	}

	/** Each chart an {@code <img>} of its SVG, with the alternative text the design gives it. */
	private static String charts(String html) {
		Matcher embed = SVG_EMBED.matcher(html);
		StringBuilder mended = new StringBuilder();
		while (embed.find()) {
			String attributes = ONRESIZE.matcher(embed.group(1) + embed.group(2)).replaceAll(""); //$NON-NLS-1$
			embed.appendReplacement(mended, Matcher.quoteReplacement("<img" + attributes + ">")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		embed.appendTail(mended);
		return mended.toString();
	}

	/** Each marked block made a heading, its closing tag found by counting the blocks inside it. */
	static String headings(String html) {
		StringBuilder mended = new StringBuilder(html);
		int from = 0;
		int topMarks = 0;
		while (true) {
			Matcher mark = HEADING_MARK.matcher(mended);
			if (!mark.find(from)) {
				return mended.toString();
			}
			int marked = Integer.parseInt(mark.group(3));
			if (marked == 1) {
				topMarks++;
			}
			// one h1: the level-1 marks after the first (an annex) and all below them go one down
			int level = Math.min(6, marked + (topMarks > 1 ? 1 : 0));
			int close = closing(mended, mark.end());
			if (close < 0) {
				return mended.toString(); // not as BIRT writes: left as it is
			}
			String tag = "h" + level; //$NON-NLS-1$
			mended.replace(close, close + "</div>".length(), "</" + tag + ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String open = margins("<" + tag + mark.group(1) + " " + mark.group(2) + mark.group(4) + ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			mended.replace(mark.start(), mark.end(), open);
			from = mark.start() + open.length();
		}
	}

	/** A heading's default margins (a browser's, for h1 to h6) set to none, so that it sits where BIRT put its block. */
	private static String margins(String open) {
		if (open.contains(" style=\"")) { //$NON-NLS-1$
			return open.replaceFirst(" style=\"", " style=\"margin:0; "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return open.substring(0, open.length() - 1) + " style=\"margin:0;\">"; //$NON-NLS-1$
	}

	/** Where the {@code </div>} that closes a block opened just before {@code from} starts; -1 if none. */
	private static int closing(CharSequence html, int from) {
		Matcher tag = DIV.matcher(html);
		int depth = 1;
		int at = from;
		while (tag.find(at)) {
			depth += tag.group().startsWith("</") ? -1 : 1; //$NON-NLS-1$
			if (depth == 0) {
				return tag.start();
			}
			at = tag.end();
		}
		return -1;
	}
}
