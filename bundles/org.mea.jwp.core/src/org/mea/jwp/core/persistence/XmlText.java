package org.mea.jwp.core.persistence;

/**
 * Which text a programme file can hold. A {@code .jwp} file is XML 1.0, which has no way to write
 * most C0 control characters (only tab, line feed and carriage return), U+FFFE, U+FFFF or a lone
 * surrogate, not even as a character reference. Such text in the model makes the next save fail,
 * so whatever brings text in from outside (an import) refuses it up front with this check.
 */
public final class XmlText {

	private XmlText() {
	}

	/** Whether XML 1.0 can hold {@code codePoint} (its production {@code Char}). */
	public static boolean isStorable(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
				|| codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD
				|| codePoint >= 0x10000 && codePoint <= 0x10FFFF;
	}

	/** The index of the first character XML 1.0 cannot hold, or -1 when all can be saved. */
	public static int firstUnstorable(CharSequence text) {
		for (int i = 0; i < text.length();) {
			int codePoint = Character.codePointAt(text, i);
			if (!isStorable(codePoint)) {
				return i;
			}
			i += Character.charCount(codePoint);
		}
		return -1;
	}

	/** The character at {@code index} for a message: {@code U+0007 (a control character)}. */
	public static String describe(CharSequence text, int index) {
		int codePoint = Character.codePointAt(text, index);
		String kind;
		if (Character.isSurrogate((char) codePoint)) {
			kind = Messages.XmlText_surrogate;
		} else if (Character.getType(codePoint) == Character.CONTROL) {
			kind = Messages.XmlText_control;
		} else {
			kind = Messages.XmlText_noncharacter;
		}
		return String.format("U+%04X (%s)", codePoint, kind); //$NON-NLS-1$
	}
}
