package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a stream stops being UTF-8. Inside the workbench the XML parser reports a bad byte
 * sequence as a bare exception without line or column; a message must name the place that needs
 * fixing, so after such a failure the loader reads the file again with this.
 */
record Utf8Position(int line, int column) {

	/** The line and column of the first byte sequence that is not UTF-8, or null when there is none. */
	static Utf8Position firstMalformed(InputStream stream) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(8192);
		CharBuffer out = CharBuffer.allocate(8192);
		int[] position = { 1, 1 };
		boolean end = false;
		while (true) {
			int read = stream.read(in.array(), in.position(), in.remaining());
			if (read < 0) {
				end = true;
			} else {
				in.position(in.position() + read);
			}
			in.flip();
			CoderResult result;
			do {
				result = decoder.decode(in, out, end);
				count(out, position);
			} while (result.isOverflow());
			if (result.isError()) {
				return new Utf8Position(position[0], position[1]);
			}
			in.compact();
			if (end) {
				return null;
			}
		}
	}

	/** Advances {@code position} (line, column) over the decoded characters and empties {@code chars}. */
	private static void count(CharBuffer chars, int[] position) {
		chars.flip();
		while (chars.hasRemaining()) {
			char c = chars.get();
			if (c == '\n') {
				position[0]++;
				position[1] = 1;
			} else if (!Character.isLowSurrogate(c)) {
				position[1]++;
			}
		}
		chars.clear();
	}
}
