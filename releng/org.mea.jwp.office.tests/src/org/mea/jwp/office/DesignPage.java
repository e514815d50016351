package org.mea.jwp.office;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page a design asks for, in points: A4 in its orientation and the master page's margins, read
 * from the {@code .rptdesign} itself (so a design that changes its margins changes what the tests
 * expect of the office files).
 */
record DesignPage(double width, double height, double left, double right) {

	private static final double POINTS_PER_MM = 72 / 25.4;
	private static final double A4_SHORT = 210 * POINTS_PER_MM;
	private static final double A4_LONG = 297 * POINTS_PER_MM;

	/** The width between the left and right margins. */
	double textBlock() {
		return width - left - right;
	}

	/** The first master page of JWP Workbench's design {@code id}. */
	static DesignPage of(String id) throws Exception {
		URL url = Platform.getBundle("org.mea.jwp.reports").getEntry("designs/" + id + ".rptdesign"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (url == null) {
			throw new IOException("no design " + id + " in org.mea.jwp.reports"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Element master;
		try (InputStream in = url.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			master = (Element) factory.newDocumentBuilder().parse(in).getElementsByTagName("simple-master-page") //$NON-NLS-1$
					.item(0);
		}
		String type = property(master, "type", "a4"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!"a4".equals(type)) { //$NON-NLS-1$
			throw new IllegalStateException(id + ": page type " + type + " (the tests know A4)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		boolean landscape = "landscape".equals(property(master, "orientation", "portrait")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new DesignPage(landscape ? A4_LONG : A4_SHORT, landscape ? A4_SHORT : A4_LONG,
				millimetres(property(master, "leftMargin", "25.4mm")), //$NON-NLS-1$//$NON-NLS-2$
				millimetres(property(master, "rightMargin", "25.4mm"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String property(Element master, String name, String fallback) {
		NodeList properties = master.getChildNodes();
		for (int i = 0; i < properties.getLength(); i++) {
			if (properties.item(i) instanceof Element property && "property".equals(property.getTagName()) //$NON-NLS-1$
					&& name.equals(property.getAttribute("name"))) { //$NON-NLS-1$
				return property.getTextContent().strip();
			}
		}
		return fallback;
	}

	private static double millimetres(String length) {
		if (!length.endsWith("mm")) { //$NON-NLS-1$
			throw new IllegalStateException("margin " + length + " (the tests read millimetres)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Double.parseDouble(length.substring(0, length.length() - 2)) * POINTS_PER_MM;
	}
}
