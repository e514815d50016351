package org.mea.jwp.model.edit.providers;

/** Shortening of long texts for labels. */
final class Texts {

	/** Longest text shown after an activity code in a tree label. */
	static final int LABEL_LENGTH = 80;

	private Texts() {
	}

	/** The first {@code max} characters of {@code text} on one line, cut at a word with "…". */
	static String shorten(String text, int max) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String line = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (line.length() <= max) {
			return line;
		}
		int cut = line.lastIndexOf(' ', max);
		return line.substring(0, cut > max / 2 ? cut : max) + "\u2026"; //$NON-NLS-1$
	}
}
