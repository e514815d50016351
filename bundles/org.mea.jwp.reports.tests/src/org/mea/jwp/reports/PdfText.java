package org.mea.jwp.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The text of a rendered PDF, page by page, with no-break spaces as spaces. */
final class PdfText {

	private PdfText() {
	}

	static List<String> pages(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page).replace('\u00a0', ' '));
			}
			return pages;
		} finally {
			reader.close();
		}
	}
}
