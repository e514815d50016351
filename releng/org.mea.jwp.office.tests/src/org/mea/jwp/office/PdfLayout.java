package org.mea.jwp.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Where the words of a PDF stand, as poppler's {@code pdftotext -bbox-layout} reads them: pages,
 * and on each page its lines of words with their boxes, in points from the page's top left corner.
 * A line is poppler's: words on one baseline within one text block (two cells of a table row are
 * two lines).
 */
record PdfLayout(List<Page> pages) {

	record Word(String text, double xMin, double yMin, double xMax, double yMax) {
	}

	record Line(int page, List<Word> words) {

		String text() {
			return String.join(" ", words.stream().map(Word::text).toList()); //$NON-NLS-1$
		}
	}

	record Page(int number, double width, double height, List<Line> lines) {

		/** Every word of the page, in reading order. */
		List<Word> words() {
			return lines.stream().flatMap(line -> line.words().stream()).toList();
		}
	}

	/** Every line of the document, page after page. */
	List<Line> lines() {
		return pages.stream().flatMap(page -> page.lines().stream()).toList();
	}

	/** Reads the XHTML {@code pdftotext -bbox-layout} wrote (its DTD is not fetched). */
	static PdfLayout read(Path xhtml) throws IOException {
		Document document;
		try (InputStream in = Files.newInputStream(xhtml)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
			DocumentBuilder builder = factory.newDocumentBuilder();
			document = builder.parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(xhtml + ": not the layout pdftotext writes: " + e.getMessage(), e); //$NON-NLS-1$
		}
		List<Page> pages = new ArrayList<>();
		NodeList pageElements = document.getElementsByTagName("page"); //$NON-NLS-1$
		for (int p = 0; p < pageElements.getLength(); p++) {
			Element page = (Element) pageElements.item(p);
			List<Line> lines = new ArrayList<>();
			NodeList lineElements = page.getElementsByTagName("line"); //$NON-NLS-1$
			for (int l = 0; l < lineElements.getLength(); l++) {
				NodeList wordElements = ((Element) lineElements.item(l)).getElementsByTagName("word"); //$NON-NLS-1$
				List<Word> words = new ArrayList<>();
				for (int w = 0; w < wordElements.getLength(); w++) {
					Element word = (Element) wordElements.item(w);
					words.add(new Word(word.getTextContent(), number(word, "xMin"), number(word, "yMin"), //$NON-NLS-1$ //$NON-NLS-2$
							number(word, "xMax"), number(word, "yMax"))); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (!words.isEmpty()) {
					lines.add(new Line(p + 1, List.copyOf(words)));
				}
			}
			pages.add(new Page(p + 1, number(page, "width"), number(page, "height"), List.copyOf(lines))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new PdfLayout(List.copyOf(pages));
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}
}
