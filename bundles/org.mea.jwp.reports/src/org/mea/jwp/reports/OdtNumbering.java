package org.mea.jwp.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ODT counterpart of {@link DocxNumbering}: a table whose first paragraph holds a bookmark
 * named {@code jwp_numbered_…} becomes its paragraphs, the text paragraphs items of one numbered
 * list style ("1.", "2." …, continued from one table to the next; the number column's width as
 * indent, the number's font), the cells' top and bottom padding as the paragraphs' spacing (a copy
 * of each paragraph style, so that other paragraphs keep theirs), heading rows as they are. All or
 * nothing, as there.
 */
final class OdtNumbering {

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"; //$NON-NLS-1$
	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"; //$NON-NLS-1$
	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"; //$NON-NLS-1$
	private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"; //$NON-NLS-1$
	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"; //$NON-NLS-1$
	private static final String MARK = "jwp_numbered"; //$NON-NLS-1$
	private static final String LIST_STYLE = "JwpNumbered"; //$NON-NLS-1$
	private static final String NUMBER_STYLE = "JwpNumber"; //$NON-NLS-1$

	private final Element automaticStyles;
	private final Map<String, Element> styles = new HashMap<>();
	private final Map<String, String> spacedStyles = new HashMap<>();
	private Element numberFont;
	private String indent;
	private int next = 1;
	private boolean started;

	private OdtNumbering(Element automaticStyles) {
		this.automaticStyles = automaticStyles;
		for (Element style : XmlParts.children(automaticStyles, STYLE, "style")) { //$NON-NLS-1$
			styles.put(style.getAttributeNS(STYLE, "name"), style); //$NON-NLS-1$
		}
	}

	/** {@code content} (an ODT's content.xml) with its marked tables turned into lists, or as it was. */
	static String apply(String content) throws IOException {
		if (!content.contains(MARK)) {
			return content;
		}
		String declarations = XmlParts.rootDeclarations(content);
		int stylesStart = content.indexOf("<office:automatic-styles"); //$NON-NLS-1$
		int stylesEnd = stylesStart < 0 ? -1 : XmlParts.elementEnd(content, stylesStart, "office:automatic-styles"); //$NON-NLS-1$
		if (stylesEnd < 0) {
			return content;
		}
		Element automatic = XmlParts.first(
				XmlParts.parseFragment(content.substring(stylesStart, stylesEnd), declarations),
				OFFICE, "automatic-styles"); //$NON-NLS-1$
		OdtNumbering numbering = new OdtNumbering(automatic);
		List<XmlParts.Splice> tables = new ArrayList<>();
		String mark = "text:name=\"" + MARK; //$NON-NLS-1$
		for (int at = content.indexOf(mark); at >= 0; at = content.indexOf(mark, at)) {
			// the bookmark stands in the first cell of the table it marks
			int start = content.lastIndexOf("<table:table ", at); //$NON-NLS-1$
			int end = start < 0 ? -1 : XmlParts.elementEnd(content, start, "table:table"); //$NON-NLS-1$
			if (end < at) {
				return content;
			}
			Element table = XmlParts.first(XmlParts.parseFragment(content.substring(start, end), declarations), TABLE,
					"table"); //$NON-NLS-1$
			List<Node> converted = numbering.convert(table);
			if (converted == null) {
				return content;
			}
			tables.add(new XmlParts.Splice(start, end, XmlParts.serialise(converted)));
			at = end;
		}
		if (tables.isEmpty() || numbering.numberFont == null) {
			return content;
		}
		numbering.addListStyle();
		List<XmlParts.Splice> splices = new ArrayList<>();
		splices.add(new XmlParts.Splice(stylesStart, stylesEnd, XmlParts.serialise(automatic)));
		splices.addAll(tables);
		return XmlParts.splice(content, splices);
	}

	/** The table's content as lists and paragraphs; null when a row is not as expected. */
	private List<Node> convert(Element table) {
		Document content = table.getOwnerDocument();
		List<Node> converted = new ArrayList<>();
		Element list = null;
		for (Element row : XmlParts.children(table, TABLE, "table-row")) { //$NON-NLS-1$
			List<Element> cells = XmlParts.children(row, TABLE, "table-cell"); //$NON-NLS-1$
			if (cells.size() == 2) {
				if (!cells.get(0).getTextContent().strip().equals(next + ".")) { //$NON-NLS-1$
					return null;
				}
				learnNumber(table, cells.get(0));
				List<Element> paragraphs = XmlParts.children(cells.get(1), TEXT, "p"); //$NON-NLS-1$
				if (paragraphs.isEmpty()) {
					return null;
				}
				if (list == null) {
					list = content.createElementNS(TEXT, "text:list"); //$NON-NLS-1$
					list.setAttributeNS(TEXT, "text:style-name", LIST_STYLE); //$NON-NLS-1$
					if (started) {
						list.setAttributeNS(TEXT, "text:continue-numbering", "true"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					started = true;
					converted.add(list);
				}
				Element item = content.createElementNS(TEXT, "text:list-item"); //$NON-NLS-1$
				for (Element paragraph : paragraphs) {
					space(paragraph, cells.get(1), true);
					item.appendChild(paragraph);
				}
				list.appendChild(item);
				next++;
			} else if (cells.size() == 1) {
				list = null;
				for (Node child = cells.get(0).getFirstChild(); child != null;) {
					Node following = child.getNextSibling();
					if (child instanceof Element paragraph) {
						space(paragraph, cells.get(0), false);
					}
					converted.add(child);
					child = following;
				}
			} else {
				return null;
			}
		}
		return converted;
	}

	private void learnNumber(Element table, Element cell) {
		if (numberFont != null) {
			return;
		}
		Element paragraph = XmlParts.first(cell, TEXT, "p"); //$NON-NLS-1$
		Element style = paragraph == null ? null : styles.get(paragraph.getAttributeNS(TEXT, "style-name")); //$NON-NLS-1$
		numberFont = style == null ? null : XmlParts.first(style, STYLE, "text-properties"); //$NON-NLS-1$
		Element column = XmlParts.first(table, TABLE, "table-column"); //$NON-NLS-1$
		Element columnStyle = column == null ? null : styles.get(column.getAttributeNS(TABLE, "style-name")); //$NON-NLS-1$
		Element width = columnStyle == null ? null : XmlParts.first(columnStyle, STYLE, "table-column-properties"); //$NON-NLS-1$
		indent = width == null || width.getAttributeNS(STYLE, "column-width").isEmpty() ? "10mm" //$NON-NLS-1$ //$NON-NLS-2$
				: width.getAttributeNS(STYLE, "column-width"); //$NON-NLS-1$
	}

	/**
	 * Gives {@code paragraph} a copy of its style with the cell's top and bottom padding as margins;
	 * a list item's copy leaves the indents to the list style (a paragraph's own would win).
	 */
	private void space(Element paragraph, Element cell, boolean listItem) {
		Element cellStyle = styles.get(cell.getAttributeNS(TABLE, "style-name")); //$NON-NLS-1$
		Element cellProperties = cellStyle == null ? null : XmlParts.first(cellStyle, STYLE, "table-cell-properties"); //$NON-NLS-1$
		if (cellProperties == null) {
			return;
		}
		String top = cellProperties.getAttributeNS(FO, "padding-top"); //$NON-NLS-1$
		String bottom = cellProperties.getAttributeNS(FO, "padding-bottom"); //$NON-NLS-1$
		String name = paragraph.getAttributeNS(TEXT, "style-name"); //$NON-NLS-1$
		String key = name + '|' + top + '|' + bottom + '|' + listItem;
		String spaced = spacedStyles.get(key);
		if (spaced == null) {
			Element original = styles.get(name);
			if (original == null) {
				return;
			}
			Element copy = (Element) original.cloneNode(true);
			spaced = "Jwp" + name + "S" + spacedStyles.size(); //$NON-NLS-1$ //$NON-NLS-2$
			copy.setAttributeNS(STYLE, "style:name", spaced); //$NON-NLS-1$
			Element properties = XmlParts.first(copy, STYLE, "paragraph-properties"); //$NON-NLS-1$
			if (properties == null) {
				properties = copy.getOwnerDocument().createElementNS(STYLE, "style:paragraph-properties"); //$NON-NLS-1$
				copy.insertBefore(properties, copy.getFirstChild());
			}
			if (!top.isEmpty()) {
				properties.setAttributeNS(FO, "fo:margin-top", top); //$NON-NLS-1$
			}
			if (!bottom.isEmpty()) {
				properties.setAttributeNS(FO, "fo:margin-bottom", bottom); //$NON-NLS-1$
			}
			if (listItem) {
				properties.removeAttributeNS(FO, "text-indent"); //$NON-NLS-1$
				properties.removeAttributeNS(FO, "margin-left"); //$NON-NLS-1$
			}
			automaticStyles.appendChild(copy);
			spacedStyles.put(key, spaced);
		}
		paragraph.setAttributeNS(TEXT, "text:style-name", spaced); //$NON-NLS-1$
	}

	private void addListStyle() {
		Document content = automaticStyles.getOwnerDocument();
		Element numberStyle = content.createElementNS(STYLE, "style:style"); //$NON-NLS-1$
		numberStyle.setAttributeNS(STYLE, "style:name", NUMBER_STYLE); //$NON-NLS-1$
		numberStyle.setAttributeNS(STYLE, "style:family", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		numberStyle.appendChild(numberFont.cloneNode(true));
		automaticStyles.appendChild(numberStyle);
		Element list = content.createElementNS(TEXT, "text:list-style"); //$NON-NLS-1$
		list.setAttributeNS(STYLE, "style:name", LIST_STYLE); //$NON-NLS-1$
		Element level = content.createElementNS(TEXT, "text:list-level-style-number"); //$NON-NLS-1$
		level.setAttributeNS(TEXT, "text:level", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		level.setAttributeNS(TEXT, "text:style-name", NUMBER_STYLE); //$NON-NLS-1$
		level.setAttributeNS(STYLE, "style:num-format", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		level.setAttributeNS(STYLE, "style:num-suffix", "."); //$NON-NLS-1$ //$NON-NLS-2$
		Element properties = content.createElementNS(STYLE, "style:list-level-properties"); //$NON-NLS-1$
		properties.setAttributeNS(TEXT, "text:list-level-position-and-space-mode", "label-alignment"); //$NON-NLS-1$ //$NON-NLS-2$
		Element alignment = content.createElementNS(STYLE, "style:list-level-label-alignment"); //$NON-NLS-1$
		alignment.setAttributeNS(TEXT, "text:label-followed-by", "listtab"); //$NON-NLS-1$ //$NON-NLS-2$
		alignment.setAttributeNS(TEXT, "text:list-tab-stop-position", indent); //$NON-NLS-1$
		alignment.setAttributeNS(FO, "fo:text-indent", "-" + indent); //$NON-NLS-1$ //$NON-NLS-2$
		alignment.setAttributeNS(FO, "fo:margin-left", indent); //$NON-NLS-1$
		properties.appendChild(alignment);
		level.appendChild(properties);
		list.appendChild(level);
		automaticStyles.appendChild(list);
	}
}
