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
}
