package org.mea.jwp.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** What a DOCX file holds, read from its WordprocessingML as a word processor would take it. */
final class Docx {

	private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>"); //$NON-NLS-1$

	private Docx() {
	}

	/** The text of each paragraph that is an item of a numbered list ({@code w:numPr}), in order. */
	static List<String> numberedParagraphs(Path docx) throws IOException {
		String document;
		try (ZipFile zip = new ZipFile(docx.toFile())) {
			var entry = zip.getEntry("word/document.xml"); //$NON-NLS-1$
			if (entry == null) {
				throw new IOException(docx + " has no word/document.xml"); //$NON-NLS-1$
			}
			document = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> paragraphs = new ArrayList<>();
		Matcher paragraph = PARAGRAPH.matcher(document);
		while (paragraph.find()) {
			if (paragraph.group().contains("<w:numPr>")) { //$NON-NLS-1$
				StringBuilder text = new StringBuilder();
				Matcher t = TEXT.matcher(paragraph.group());
				while (t.find()) {
					text.append(t.group(1));
				}
				paragraphs.add(String.join(" ", Reader.words(unescape(text.toString())))); //$NON-NLS-1$
			}
		}
		return paragraphs;
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
