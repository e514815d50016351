package org.mea.jwp.core.internal.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that indents by two spaces, for exports people also read. Attributes are given as
 * name/value pairs; a null value leaves the attribute out. Text is cleaned of characters XML 1.0
 * cannot hold (control characters pasted from other programs), which would make the file unreadable.
 */
final class XmlOutput {

	private static final String NOT_XML = "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]"; //$NON-NLS-1$

	private final BufferedOutputStream buffer;
	private final XMLStreamWriter xml;
	private int depth;
	private boolean hadChildren;

	/**
	 * Starts a UTF-8 document on {@code output}; the JDK's StAX writer, whatever else the runtime
	 * offers. Buffered here: that writer passes each character to the stream on its own, which on an
	 * unbuffered file is one system call per byte (2.4 million for a 6.7 MB export).
	 */
	XmlOutput(OutputStream output) throws IOException {
		buffer = new BufferedOutputStream(output, 1 << 16);
		try {
			xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer, "UTF-8"); //$NON-NLS-1$
			xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	/** Opens an element. */
	XmlOutput start(String name, String... attributes) throws IOException {
		try {
			indent();
			xml.writeStartElement(name);
			attributes(attributes);
			depth++;
			hadChildren = false;
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** Closes the innermost open element. */
	XmlOutput end() throws IOException {
		try {
			depth--;
			if (hadChildren) {
				indent();
			}
			xml.writeEndElement();
			hadChildren = true;
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** An element without content. */
	XmlOutput empty(String name, String... attributes) throws IOException {
		try {
			indent();
			xml.writeEmptyElement(name);
			attributes(attributes);
			hadChildren = true;
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** An element holding only text, on one line. */
	XmlOutput text(String name, String text, String... attributes) throws IOException {
		try {
			indent();
			xml.writeStartElement(name);
			attributes(attributes);
			xml.writeCharacters(clean(text));
			xml.writeEndElement();
			hadChildren = true;
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** Ends the document and flushes; the stream stays open. */
	void finish() throws IOException {
		try {
			xml.writeCharacters("\n"); //$NON-NLS-1$
			xml.writeEndDocument();
			xml.flush();
			xml.close();
			buffer.flush();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	private void indent() throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth)); //$NON-NLS-1$ //$NON-NLS-2$
		hadChildren = true;
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] == null) {
				continue;
			}
			if (attributes[i].startsWith("xml:")) { //$NON-NLS-1$
				xml.writeAttribute("xml", XMLConstants.XML_NS_URI, attributes[i].substring(4), //$NON-NLS-1$
						clean(attributes[i + 1]));
			} else {
				xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
			}
		}
	}

	private static String clean(String text) {
		return text == null ? "" : text.replaceAll(NOT_XML, ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
