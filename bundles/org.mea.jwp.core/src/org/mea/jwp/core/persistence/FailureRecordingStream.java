package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream under a file's content writer that remembers the first I/O error of the file, so that
 * the write fails even when the content writer caught the error and carried on. BIRT's emitters do
 * that: on a full disk they swallow the {@link IOException}, return normally, and without this
 * record a truncated report would replace the previous one. {@link #close()} does not close the
 * file: the writer that owns it still has to force it to disk.
 */
final class FailureRecordingStream extends OutputStream {

	private final OutputStream file;
	private IOException failure;
	private long written;

	FailureRecordingStream(OutputStream file) {
		this.file = file;
	}

	@Override
	public void write(int b) throws IOException {
		try {
			file.write(b);
			written++;
		} catch (IOException e) {
			throw record(e);
		}
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		try {
			file.write(b, off, len);
			written += len;
		} catch (IOException e) {
			throw record(e);
		}
	}

	@Override
	public void flush() throws IOException {
		try {
			file.flush();
		} catch (IOException e) {
			throw record(e);
		}
	}

	/** Flushes only: the file stays open for its owner. */
	@Override
	public void close() throws IOException {
		flush();
	}

	private IOException record(IOException e) {
		if (failure == null) {
			failure = e;
		}
		return e;
	}

	/** The first error the file gave, or {@code null}. */
	IOException failure() {
		return failure;
	}

	/** How many bytes reached the file. */
	long written() {
		return written;
	}
}
