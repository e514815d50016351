package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An office document as the zip package it is (DOCX, ODT), copied part by part while its XML parts
 * are mended (see {@link DocxRepair}, {@link OdtRepair}). An ODF package's {@code mimetype} is
 * written first and uncompressed, as ODF asks (BIRT's ODT writer puts it anywhere, compressed).
 */
final class OfficePackage {

	private static final String MIMETYPE = "mimetype"; //$NON-NLS-1$

	private OfficePackage() {
	}

	/**
	 * Copies the package {@code zip} to {@code output}; {@code mend} gets each XML part's name and
	 * text and returns its text to write.
	 */
	static void copy(byte[] zip, OutputStream output, BinaryOperator<String> mend) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().endsWith(".xml")) { //$NON-NLS-1$
					String xml = new String(content, StandardCharsets.UTF_8);
					String mended = mend.apply(entry.getName(), xml);
					if (!mended.equals(xml)) {
						content = mended.getBytes(StandardCharsets.UTF_8);
					}
				}
				parts.put(entry.getName(), content);
			}
		}
		ZipOutputStream out = new ZipOutputStream(output);
		byte[] mimetype = parts.remove(MIMETYPE);
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
			out.putNextEntry(new ZipEntry(part.getKey()));
			out.write(part.getValue());
			out.closeEntry();
		}
		out.finish();
		out.flush();
	}
}
