package org.mea.jwp.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

/** The bookmarks (outline) of a PDF, as a reader's side panel lists them. */
final class Outline {

	private Outline() {
	}

	/** The titles of every bookmark of {@code pdf}, depth first (a heading, then those under it). */
	static List<String> titles(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			List<String> titles = new ArrayList<>();
			List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
			if (bookmarks != null) {
				collect(bookmarks, titles);
			}
			return titles;
		} finally {
			reader.close();
		}
	}

	@SuppressWarnings("unchecked")
	private static void collect(List<Map<String, Object>> bookmarks, List<String> titles) {
		for (Map<String, Object> bookmark : bookmarks) {
			titles.add(String.valueOf(bookmark.get("Title")).strip()); //$NON-NLS-1$
			Object kids = bookmark.get("Kids"); //$NON-NLS-1$
			if (kids instanceof List<?> list) {
				collect((List<Map<String, Object>>) list, titles);
			}
		}
	}
}
