package org.mea.jwp.core.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that refuses to deliver more than a set number of bytes, so that a file far
 * larger than anything the workbench is made for (or an endless one such as {@code /dev/zero})
 * ends in a message that names the limit instead of exhausting the memory. Readers that take the
 * whole input at once (CSV importers, the XML loader) read through one of these.
 */
public final class BoundedInput extends FilterInputStream {

	/** Most bytes an import reads: a species listing or activities table is a few MB. */
	public static final long IMPORT_LIMIT = 64L << 20;

	/**
	 * Most bytes of a programme file: 10,000 activities take about 6.5 MB, so this is room for
	 * some 150,000, while the model such a file makes still fits the commands' 2 GB of memory.
	 */
	public static final long PROGRAMME_LIMIT = 100L << 20;

	/** Thrown when the input goes on past the limit. */
	public static final class TooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		TooLargeException(String message) {
			super(message);
		}
	}

	private final long limit;
	private final String name;
	private long count;

	/** @param name how the input is called in the message ("species.csv") */
	public BoundedInput(InputStream in, long limit, String name) {
		super(in);
		this.limit = limit;
		this.name = name;
	}

	/** The message for an input of more than {@code limit} bytes. */
	public static String tooLarge(String name, long limit) {
		return name + " is larger than " + (limit >> 20) //$NON-NLS-1$
				+ " MB, the most JWP Workbench reads from such a file; nothing was read from it"; //$NON-NLS-1$
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws TooLargeException {
		count += n;
		if (count > limit) {
			throw new TooLargeException(tooLarge(name, limit));
		}
	}
}
