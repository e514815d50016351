package org.mea.jwp.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns the designs' numbered paragraphs into Word's own numbered paragraphs. A design lays them
 * out as a borderless table (number | text, headings across both columns), the only layout BIRT's
 * writers offer; in a word processor that is a table a secretariat cannot add a paragraph to
 * without renumbering by hand. A table after a bookmark named {@code jwp_numbered_…} becomes its
 * paragraphs: each text paragraph numbered by one shared list ("1.", "2." … continued across the
 * document's numbered tables, with the number column's width as hanging indent and its font), the
 * cells' top and bottom margins as paragraph spacing, heading rows as they are.
 * <p>
 * All or nothing: when a marked table is not as expected (other cells, a number out of sequence,
 * a numbering part already there) the document is left as BIRT wrote it.
 */
final class DocxNumbering {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$
	private static final String MARK = "jwp_numbered"; //$NON-NLS-1$
	private static final String DOCUMENT = "word/document.xml"; //$NON-NLS-1$
	private static final String NUMBERING = "word/numbering.xml"; //$NON-NLS-1$
	private static final String CONTENT_TYPES = "[Content_Types].xml"; //$NON-NLS-1$
	private static final String RELATIONSHIPS = "word/_rels/document.xml.rels"; //$NON-NLS-1$
	private static final String NUMBER_ID = "1"; //$NON-NLS-1$

	/** What the conversion learns from the tables: the number's run properties and column width. */
	private Element numberFont;
	private String numberWidth;
	private int next = 1;

	private DocxNumbering() {
	}

	/** Converts the marked tables of {@code docx}, if all of them can be. */
	static void apply(OfficePackage docx) throws IOException {
		String xml = docx.xml(DOCUMENT);
		if (xml == null || !xml.contains(MARK) || docx.has(NUMBERING) || !docx.has(CONTENT_TYPES)
				|| !docx.has(RELATIONSHIPS)) {
			return;
		}
		String declarations = XmlParts.rootDeclarations(xml);
		DocxNumbering numbering = new DocxNumbering();
		List<XmlParts.Splice> splices = new ArrayList<>();
		String mark = "w:name=\"" + MARK; //$NON-NLS-1$
		for (int at = xml.indexOf(mark); at >= 0; at = xml.indexOf(mark, at)) {
			// the table right after the bookmark (its end and a hidden empty paragraph may come between)
			int table = xml.indexOf("<w:tbl>", at); //$NON-NLS-1$
			if (table < 0 || xml.substring(at, table).matches("(?s).*<w:t[ >].*")) { //$NON-NLS-1$
				return;
			}
			int end = XmlParts.elementEnd(xml, table, "w:tbl"); //$NON-NLS-1$
			if (end < 0) {
				return;
			}
			Element fragment = XmlParts.parseFragment(xml.substring(table, end), declarations);
			List<Node> paragraphs = numbering.paragraphs(XmlParts.first(fragment, W, "tbl")); //$NON-NLS-1$
			if (paragraphs == null) {
				return;
			}
			splices.add(new XmlParts.Splice(table, end, XmlParts.serialise(paragraphs)));
			at = end;
		}
		if (splices.isEmpty() || numbering.numberFont == null) {
			return;
		}
		docx.put(DOCUMENT, XmlParts.splice(xml, splices));
		docx.put(NUMBERING, numbering.numberingPart());
		docx.put(CONTENT_TYPES, docx.xml(CONTENT_TYPES).replace("</Types>", //$NON-NLS-1$
				"<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>")); //$NON-NLS-1$
		docx.put(RELATIONSHIPS, docx.xml(RELATIONSHIPS).replace("</Relationships>", //$NON-NLS-1$
				"<Relationship Id=\"rIdJwpNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>")); //$NON-NLS-1$
	}

	/** The content of {@code table} as paragraphs; null when a row is not as expected. */
	private List<Node> paragraphs(Element table) {
		List<Node> paragraphs = new ArrayList<>();
		for (Element row : XmlParts.children(table, W, "tr")) { //$NON-NLS-1$
			List<Element> cells = XmlParts.children(row, W, "tc"); //$NON-NLS-1$
			if (cells.size() == 2) {
				if (!text(cells.get(0)).strip().equals(next + ".")) { //$NON-NLS-1$
					return null;
				}
				learnNumber(cells.get(0));
				List<Node> content = content(cells.get(1));
				boolean first = true;
				for (Node node : content) {
					if (node instanceof Element p && "p".equals(p.getLocalName())) { //$NON-NLS-1$
						Element properties = properties(p);
						if (first) {
							numbered(properties);
							first = false;
						} else {
							indented(properties);
						}
						spacing(properties, null, margin(cells.get(1), "bottom")); //$NON-NLS-1$
					}
				}
				if (first) {
					return null; // a number without text
				}
				paragraphs.addAll(content);
				next++;
			} else if (cells.size() == 1) {
				List<Node> content = content(cells.get(0));
				for (Node node : content) {
					if (node instanceof Element p && "p".equals(p.getLocalName())) { //$NON-NLS-1$
						spacing(properties(p), margin(cells.get(0), "top"), margin(cells.get(0), "bottom")); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				paragraphs.addAll(content);
			} else {
				return null;
			}
		}
		return paragraphs;
	}

	private void learnNumber(Element cell) {
		if (numberFont == null) {
			NodeList runs = cell.getElementsByTagNameNS(W, "rPr"); //$NON-NLS-1$
			// the run's own properties (the last rPr: a paragraph's mark properties come first)
			numberFont = runs.getLength() == 0 ? null : (Element) runs.item(runs.getLength() - 1);
			Element properties = XmlParts.first(cell, W, "tcPr"); //$NON-NLS-1$
			Element width = properties == null ? null : XmlParts.first(properties, W, "tcW"); //$NON-NLS-1$
			numberWidth = width == null ? "567" : width.getAttributeNS(W, "w"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void numbered(Element properties) {
		Document document = properties.getOwnerDocument();
		Element numPr = document.createElementNS(W, "w:numPr"); //$NON-NLS-1$
		Element level = document.createElementNS(W, "w:ilvl"); //$NON-NLS-1$
		level.setAttributeNS(W, "w:val", "0"); //$NON-NLS-1$ //$NON-NLS-2$
		Element id = document.createElementNS(W, "w:numId"); //$NON-NLS-1$
		id.setAttributeNS(W, "w:val", NUMBER_ID); //$NON-NLS-1$
		numPr.appendChild(level);
		numPr.appendChild(id);
		// after a paragraph style, before everything else (the schema's order)
		Element style = XmlParts.first(properties, W, "pStyle"); //$NON-NLS-1$
		properties.insertBefore(numPr, style == null ? properties.getFirstChild() : style.getNextSibling());
	}

	/** A further paragraph of a numbered one: aligned with its text. */
	private void indented(Element properties) {
		Element indent = properties.getOwnerDocument().createElementNS(W, "w:ind"); //$NON-NLS-1$
		indent.setAttributeNS(W, "w:left", numberWidth); //$NON-NLS-1$
		Element marks = XmlParts.first(properties, W, "rPr"); //$NON-NLS-1$
		properties.insertBefore(indent, marks);
	}

	private static void spacing(Element properties, String before, String after) {
		Element spacing = XmlParts.first(properties, W, "spacing"); //$NON-NLS-1$
		if (spacing == null) {
			spacing = properties.getOwnerDocument().createElementNS(W, "w:spacing"); //$NON-NLS-1$
			properties.insertBefore(spacing, XmlParts.first(properties, W, "rPr")); //$NON-NLS-1$
		}
		if (before != null) {
			spacing.setAttributeNS(W, "w:before", before); //$NON-NLS-1$
		}
		if (after != null) {
			spacing.setAttributeNS(W, "w:after", after); //$NON-NLS-1$
		}
	}

	/** A cell's margin on {@code side} in twentieths of a point; null when it has none. */
	private static String margin(Element cell, String side) {
		Element properties = XmlParts.first(cell, W, "tcPr"); //$NON-NLS-1$
		Element margins = properties == null ? null : XmlParts.first(properties, W, "tcMar"); //$NON-NLS-1$
		Element margin = margins == null ? null : XmlParts.first(margins, W, side);
		return margin == null ? null : margin.getAttributeNS(W, "w"); //$NON-NLS-1$
	}

	/** A paragraph's properties, made when it has none. */
	private static Element properties(Element paragraph) {
		Element properties = XmlParts.first(paragraph, W, "pPr"); //$NON-NLS-1$
		if (properties == null) {
			properties = paragraph.getOwnerDocument().createElementNS(W, "w:pPr"); //$NON-NLS-1$
			paragraph.insertBefore(properties, paragraph.getFirstChild());
		}
		return properties;
	}

	/** A cell's content: everything but its properties (paragraphs, bookmarks). */
	private static List<Node> content(Element cell) {
		List<Node> content = new ArrayList<>();
		for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element && "tcPr".equals(element.getLocalName()))) { //$NON-NLS-1$
				content.add(child);
			}
		}
		return content;
	}

	private String numberingPart() {
		String font = numberFont == null ? "" : XmlParts.serialise(numberFont).replaceFirst("^<\\?xml[^>]*\\?>", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" //$NON-NLS-1$
				+ "<w:numbering xmlns:w=\"" + W + "\">" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>" //$NON-NLS-1$
				+ "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>" //$NON-NLS-1$
				+ "<w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"" + numberWidth //$NON-NLS-1$
				+ "\"/></w:tabs>" //$NON-NLS-1$
				+ "<w:ind w:left=\"" + numberWidth + "\" w:hanging=\"" + numberWidth + "\"/></w:pPr>" + font //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
				+ "</w:lvl>" //$NON-NLS-1$
				+ "</w:abstractNum><w:num w:numId=\"" + NUMBER_ID //$NON-NLS-1$
				+ "\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"; //$NON-NLS-1$
	}

	private static String text(Element element) {
		StringBuilder text = new StringBuilder();
		NodeList texts = element.getElementsByTagNameNS(W, "t"); //$NON-NLS-1$
		for (int i = 0; i < texts.getLength(); i++) {
			text.append(texts.item(i).getTextContent());
		}
		return text.toString();
	}
}
