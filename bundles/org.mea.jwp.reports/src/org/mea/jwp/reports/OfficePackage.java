package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An office document as the zip package it is (DOCX, ODT), read into memory so that its parts can
 * be mended (see {@link DocxRepair}, {@link OdtRepair}) and written again. An ODF package's
 * {@code mimetype} is written first and uncompressed, as ODF asks (BIRT's ODT writer puts it
 * anywhere, compressed).
 */
final class OfficePackage {

	private static final String MIMETYPE = "mimetype"; //$NON-NLS-1$

	private final Map<String, byte[]> parts = new LinkedHashMap<>();

	private OfficePackage() {
	}

	/** The package {@code zip}, part by part. */
	static OfficePackage read(byte[] zip) throws IOException {
		OfficePackage read = new OfficePackage();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				read.parts.put(entry.getName(), in.readAllBytes());
			}
		}
		return read;
	}

	/** Whether the package has the part {@code name}. */
	boolean has(String name) {
		return parts.containsKey(name);
	}

	/** The text of the XML part {@code name}; null when there is none. */
	String xml(String name) {
		byte[] part = parts.get(name);
		return part == null ? null : new String(part, StandardCharsets.UTF_8);
	}

	/** Sets the XML part {@code name} (a new part goes last). */
	void put(String name, String xml) {
		parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
	}

	/** Passes the text of every XML part whose name starts with {@code prefix} through {@code mend}. */
	void mendAll(String prefix, UnaryOperator<String> mend) {
		for (String name : parts.keySet()) {
			if (name.startsWith(prefix) && name.endsWith(".xml")) { //$NON-NLS-1$
				put(name, mend.apply(xml(name)));
			}
		}
	}

	/** Writes the package to {@code output}. */
	void write(OutputStream output) throws IOException {
		ZipOutputStream out = new ZipOutputStream(output);
		byte[] mimetype = parts.get(MIMETYPE);
		if (mimetype != null) {
			ZipEntry entry = new ZipEntry(MIMETYPE);
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			out.putNextEntry(entry);
			out.write(mimetype);
			out.closeEntry();
		}
		for (Map.Entry<String, byte[]> part : parts.entrySet()) {
			if (!part.getKey().equals(MIMETYPE)) {
				out.putNextEntry(new ZipEntry(part.getKey()));
				out.write(part.getValue());
				out.closeEntry();
			}
		}
		out.finish();
		out.flush();
	}
}
