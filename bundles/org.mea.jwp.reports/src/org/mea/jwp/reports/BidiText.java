package org.mea.jwp.reports;

import java.text.Bidi;
import java.util.Collection;
import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Whether a programme has right-to-left text (Arabic, Hebrew...) anywhere. Without any, BIRT's PDF
 * layout can skip its bidirectional-text processing of every piece of text, which is a
 * noticeable part of the layout time of a large report and changes nothing in its output.
 * (Its per-character font fallback is kept: switched off, BIRT breaks some lines without their
 * space, "SPECIESOF".)
 */
final class BidiText {

	private BidiText() {
	}

	/** True when some string attribute of {@code root} or of something it contains needs bidi processing. */
	static boolean in(EObject root) {
		if (has(root)) {
			return true;
		}
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			if (has(contents.next())) {
				return true;
			}
		}
		return false;
	}

	private static boolean has(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (value instanceof Collection<?> values) {
				for (Object each : values) {
					if (isBidi((String) each)) {
						return true;
					}
				}
			} else if (isBidi((String) value)) {
				return true;
			}
		}
		return false;
	}

	static boolean isBidi(String text) {
		return text != null && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
	}
}
