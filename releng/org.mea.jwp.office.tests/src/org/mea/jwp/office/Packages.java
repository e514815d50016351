package org.mea.jwp.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a DOCX or ODT file holds, read from its XML as a word processor would take it. */
final class Packages {

	/** A DOCX paragraph that is an item of a numbered list. */
	private static final Pattern DOCX_ITEM = Pattern.compile("<w:p[ >](?:(?!</w:p>).)*?<w:numPr>.*?</w:p>", //$NON-NLS-1$
			Pattern.DOTALL);
	private static final Pattern DOCX_TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>"); //$NON-NLS-1$
	/** An ODT list item (items of these lists hold no lists). */
	private static final Pattern ODT_ITEM = Pattern.compile("<text:list-item>(.*?)</text:list-item>", Pattern.DOTALL); //$NON-NLS-1$

	private Packages() {
	}

	/** The text of each paragraph that is an item of a numbered list, in order. */
	static List<String> numberedParagraphs(Path file) throws IOException {
		boolean docx = file.getFileName().toString().endsWith(".docx"); //$NON-NLS-1$
		String xml = part(file, docx ? "word/document.xml" : "content.xml"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> paragraphs = new ArrayList<>();
		Matcher item = (docx ? DOCX_ITEM : ODT_ITEM).matcher(xml);
		while (item.find()) {
			String text;
			if (docx) {
				StringBuilder runs = new StringBuilder();
				Matcher t = DOCX_TEXT.matcher(item.group());
				while (t.find()) {
					runs.append(t.group(1));
				}
				text = runs.toString();
			} else {
				text = item.group(1).replace("<![CDATA[", "").replace("]]>", "").replaceAll("<[^>]*>", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			}
			paragraphs.add(String.join(" ", Reader.words(unescape(text)))); //$NON-NLS-1$
		}
		return paragraphs;
	}

	private static String part(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(name);
			if (entry == null) {
				throw new IOException(file + " has no " + name); //$NON-NLS-1$
			}
			return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
