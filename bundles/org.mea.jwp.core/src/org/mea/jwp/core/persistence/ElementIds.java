package org.mea.jwp.core.persistence;

import org.eclipse.osgi.util.NLS;

/**
 * The one rule for element ids, used by the loader, by imports and by whatever makes ids.
 * <p>
 * A programme file's cross-references are its elements' ids (XML IDREF and IDREFS), read by EMF:
 * a space separates the ids of a list, a {@code #} turns the value into a URI of another document,
 * a {@code :} into a type name, a {@code /} into a path and a {@code ?} into a query. So an id is a
 * token in the manner of an XML NCName: no spaces, no control or invisible characters and none of
 * {@code # : / ?}. Other characters stay allowed, unlike in an NCName: activity codes such as
 * {@code 12a} or {@code B1(a)} become ids, and files written before this rule hold such ids.
 */
public final class ElementIds {

	private ElementIds() {
	}

	/** Whether {@code id} is a valid element id. */
	public static boolean isValid(String id) {
		return problem(id) == null;
	}

	/**
	 * What is wrong with {@code id} as an element id, in words that follow "the id ... "; null when
	 * it is valid.
	 */
	public static String problem(String id) {
		if (id == null || id.isEmpty()) {
			return Messages.ElementIds_empty;
		}
		for (int i = 0; i < id.length();) {
			int c = id.codePointAt(i);
			if (!isIdCharacter(c)) {
				return NLS.bind(Messages.ElementIds_contains, describe(id, i));
			}
			i += Character.charCount(c);
		}
		return null;
	}

	private static boolean isIdCharacter(int c) {
		if (c == '#' || c == ':' || c == '/' || c == '?' || !XmlText.isStorable(c)) {
			return false;
		}
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return false;
		}
		int type = Character.getType(c);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
				&& type != Character.PRIVATE_USE && type != Character.SURROGATE;
	}

	private static String describe(String id, int index) {
		int c = id.codePointAt(index);
		if (!XmlText.isStorable(c) || Character.getType(c) == Character.CONTROL) {
			return XmlText.describe(id, index);
		}
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return NLS.bind(Messages.ElementIds_space, String.format("U+%04X", c)); //$NON-NLS-1$
		}
		if (Character.getType(c) == Character.FORMAT || !Character.isDefined(c)
				|| Character.getType(c) == Character.PRIVATE_USE) {
			return NLS.bind(Messages.ElementIds_invisible, String.format("U+%04X", c)); //$NON-NLS-1$
		}
		return "\"" + Character.toString(c) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
