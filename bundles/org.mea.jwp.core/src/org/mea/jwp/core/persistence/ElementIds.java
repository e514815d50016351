package org.mea.jwp.core.persistence;

/**
 * The one rule for element ids, used by the loader, by imports and by whatever makes ids.
 * <p>
 * A programme file's cross-references are its elements' ids (XML IDREF and IDREFS), read by EMF:
 * a space separates the ids of a list, a {@code #} turns the value into a URI of another document,
 * a {@code :} into a type name, a leading {@code /} into a path. So an id is a token in the manner
 * of an XML NCName: letters, digits, {@code -}, {@code _} and {@code .} (and the combining marks
 * that belong to letters). Unlike an NCName it may start with a digit, since activity codes such as
 * {@code 12a} serve as ids.
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
			return "is empty"; //$NON-NLS-1$
		}
		for (int i = 0; i < id.length();) {
			int c = id.codePointAt(i);
			if (!isIdCharacter(c)) {
				return "contains " + describe(id, i) //$NON-NLS-1$
						+ "; ids may contain only letters, digits, \"-\", \"_\" and \".\""; //$NON-NLS-1$
			}
			i += Character.charCount(c);
		}
		return null;
	}

	private static boolean isIdCharacter(int c) {
		if (c == '-' || c == '_' || c == '.') {
			return true;
		}
		return switch (Character.getType(c)) {
		case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
				Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.LETTER_NUMBER, Character.DECIMAL_DIGIT_NUMBER,
				Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK -> true;
		default -> false;
		};
	}

	private static String describe(String id, int index) {
		int c = id.codePointAt(index);
		if (!XmlText.isStorable(c) || Character.getType(c) == Character.CONTROL) {
			return XmlText.describe(id, index);
		}
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return String.format("a space (U+%04X)", c); //$NON-NLS-1$
		}
		return "\"" + Character.toString(c) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
