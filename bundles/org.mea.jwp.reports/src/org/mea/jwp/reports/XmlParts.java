package org.mea.jwp.reports;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reading and writing the XML parts of an office package as DOM trees ({@link DocxNumbering}, {@link OdtNumbering}). */
final class XmlParts {

	private XmlParts() {
	}

	/** The part's tree; namespace aware, no DTD (a writer's part has none; one would be refused). */
	static Document parse(String xml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("a part the report writer made cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** {@code node} as text: a document with its declaration (standalone), an element without. */
	static String serialise(Node node) {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
			if (node instanceof Document document) {
				document.setXmlStandalone(true);
			} else {
				transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes"); //$NON-NLS-1$
			}
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(node), new StreamResult(out));
			return out.toString();
		} catch (TransformerException e) {
			throw new IllegalStateException("an XML tree in memory cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** The child elements of {@code parent} named {@code localName} in {@code namespace}. */
	static List<Element> children(Element parent, String namespace, String localName) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())
					&& namespace.equals(element.getNamespaceURI())) {
				children.add(element);
			}
		}
		return children;
	}

	/** The first of {@link #children(Element, String, String)}; null when there is none. */
	static Element first(Element parent, String namespace, String localName) {
		List<Element> children = children(parent, namespace, localName);
		return children.isEmpty() ? null : children.get(0);
	}

	/**
	 * A piece of a large part ({@code xml} from {@code start} to {@code end}) and what replaces it:
	 * the parts of a large programme's report run to a hundred megabytes, too much for a tree of
	 * the whole, so only the pieces to change are read as trees.
	 */
	record Splice(int start, int end, String replacement) {
	}

	/** {@code xml} with {@code splices} (in order, not overlapping) applied. */
	static String splice(String xml, List<Splice> splices) {
		StringBuilder out = new StringBuilder(xml.length() + 1024);
		int at = 0;
		for (Splice splice : splices) {
			out.append(xml, at, splice.start()).append(splice.replacement());
			at = splice.end();
		}
		return out.append(xml, at, xml.length()).toString();
	}

	/** The namespace declarations ({@code xmlns…="…"}) of the root element of {@code xml}. */
	static String rootDeclarations(String xml) {
		int root = xml.indexOf('<', xml.startsWith("<?") ? xml.indexOf("?>") : 0); //$NON-NLS-1$ //$NON-NLS-2$
		while (xml.startsWith("<!", root) || xml.startsWith("<?", root)) { //$NON-NLS-1$ //$NON-NLS-2$
			root = xml.indexOf('<', root + 1);
		}
		String tag = xml.substring(root, xml.indexOf('>', root));
		StringBuilder declarations = new StringBuilder();
		java.util.regex.Matcher declaration = java.util.regex.Pattern.compile("\\sxmlns(?::\\w+)?=\"[^\"]*\"") //$NON-NLS-1$
				.matcher(tag);
		while (declaration.find()) {
			declarations.append(declaration.group());
		}
		return declarations.toString();
	}

	/** The elements of the piece {@code fragment} of a part whose root declares {@code declarations}. */
	static Element parseFragment(String fragment, String declarations) throws IOException {
		return parse("<fragment" + declarations + ">" + fragment + "</fragment>").getDocumentElement(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Where the element {@code name} (a qualified name, "w:tbl") that starts at {@code start} ends:
	 * the index after its end tag, elements of the same name inside it counted.
	 */
	static int elementEnd(String xml, int start, String name) {
		String open = "<" + name; //$NON-NLS-1$
		String close = "</" + name + ">"; //$NON-NLS-1$ //$NON-NLS-2$
		int depth = 0;
		int at = start;
		while (true) {
			int nextOpen = xml.indexOf(open, at);
			int nextClose = xml.indexOf(close, at);
			if (nextClose < 0) {
				return -1;
			}
			if (nextOpen >= 0 && nextOpen < nextClose && isTagEnd(xml.charAt(nextOpen + open.length()))) {
				depth++;
				at = nextOpen + open.length();
			} else if (nextOpen >= 0 && nextOpen < nextClose) {
				at = nextOpen + open.length(); // a longer name ("w:tblPr")
			} else {
				depth--;
				at = nextClose + close.length();
				if (depth == 0) {
					return at;
				}
			}
		}
	}

	private static boolean isTagEnd(char next) {
		return next == '>' || next == ' ' || next == '/' || Character.isWhitespace(next);
	}

	/** {@code nodes} written one after the other (each element with the declarations it needs). */
	static String serialise(List<Node> nodes) {
		StringBuilder out = new StringBuilder();
		for (Node node : nodes) {
			out.append(node instanceof Element ? serialise(node)
					: node.getTextContent().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		}
		return out.toString();
	}
}
