package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The URI converter of a programme's resource set: it opens nothing. A programme is read from the
 * stream {@link ProgrammeStore} gives and saved to the stream it gives; nothing else is ever
 * fetched. So if a hostile file still got EMF to demand-load another document (a proxy, a package
 * by its namespace URI), the attempt fails here instead of reading a local file, hanging on a FIFO
 * or contacting a server. The loader refuses such references before this point; this is the second
 * line of defence.
 */
final class ClosedUriConverter extends ExtensibleURIConverterImpl {

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	private static IOException refused(URI uri) {
		return new IOException("a programme never refers to another document; not opened: " + uri); //$NON-NLS-1$
	}
}
