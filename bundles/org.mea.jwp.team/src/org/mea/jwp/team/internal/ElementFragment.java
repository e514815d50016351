package org.mea.jwp.team.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one element in a programme file (its start tag to its end tag, children included),
 * found by its {@code id} attribute without parsing the file. The history of one element compares
 * these between versions: where they are equal the element did not change, and that version need not
 * be loaded at all — which is what keeps the history of one element over hundreds of commits fast.
 * It is only a shortcut: where the bytes differ, both versions are loaded and compared as models.
 */
public final class ElementFragment {

	private ElementFragment() {
	}

	/** The element's bytes, or {@code null} when the file has no element with this id. */
	public static byte[] of(byte[] file, String id) {
		byte[] pattern = (" id=\"" + escape(id) + '"').getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		int at = indexOf(file, pattern);
		if (at < 0) {
			return null;
		}
		int start = at;
		while (start > 0 && file[start] != '<') {
			start--; // an attribute value holds no '<': the first one before is the start tag's
		}
		int end = end(file, start);
		return end < 0 ? null : Arrays.copyOfRange(file, start, end);
	}

	/** The index after the element starting at {@code start} ends, or -1 when the file ends first. */
	private static int end(byte[] file, int start) {
		int depth = 0;
		int i = start;
		while (i < file.length) {
			if (file[i] != '<') {
				i++;
				continue;
			}
			int close = tagEnd(file, i);
			if (close < 0) {
				return -1;
			}
			byte next = i + 1 < file.length ? file[i + 1] : 0;
			if (next == '/') {
				depth--;
			} else if (next != '!' && next != '?' && file[close - 1] != '/') {
				depth++;
			}
			i = close + 1;
			if (depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the '>' that ends the tag (or comment) at {@code i}, quotes respected. */
	private static int tagEnd(byte[] file, int i) {
		if (startsWith(file, i, "<!--")) { //$NON-NLS-1$
			int end = indexOf(file, "-->".getBytes(StandardCharsets.US_ASCII), i); //$NON-NLS-1$
			return end < 0 ? -1 : end + 2;
		}
		byte quote = 0;
		for (int j = i + 1; j < file.length; j++) {
			byte b = file[j];
			if (quote != 0) {
				if (b == quote) {
					quote = 0;
				}
			} else if (b == '"' || b == '\'') {
				quote = b;
			} else if (b == '>') {
				return j;
			}
		}
		return -1;
	}

	private static boolean startsWith(byte[] file, int i, String prefix) {
		if (i + prefix.length() > file.length) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (file[i + k] != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] file, byte[] pattern) {
		return indexOf(file, pattern, 0);
	}

	private static int indexOf(byte[] file, byte[] pattern, int from) {
		outer: for (int i = from; i <= file.length - pattern.length; i++) {
			for (int k = 0; k < pattern.length; k++) {
				if (file[i + k] != pattern[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** The id as an XML attribute value holds it. */
	private static String escape(String id) {
		return id.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
