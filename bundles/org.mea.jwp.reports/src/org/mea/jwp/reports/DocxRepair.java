package org.mea.jwp.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Mends what BIRT 4.22's Word writer gets wrong in a DOCX package before it leaves the service.
 * The writer gives a table's grid columns their width in a {@code w:val} attribute
 * ({@code AbstractWordXmlWriter.writeColumn} uses its generic one-attribute tag), where
 * WordprocessingML wants {@code w:w}; LibreOffice then ignores the grid and gives every column the
 * same width (a numbered paragraph's number takes half the page, the Annex's columns are equal).
 */
final class DocxRepair {

	private static final String WRONG_GRID_COLUMN = "<w:gridCol w:val="; //$NON-NLS-1$
	private static final String GRID_COLUMN = "<w:gridCol w:w="; //$NON-NLS-1$

	private DocxRepair() {
	}

	/** Copies the DOCX package {@code docx} to {@code output}, its parts' grid columns mended. */
	static void copyMended(byte[] docx, OutputStream output) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(output);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) { //$NON-NLS-1$ //$NON-NLS-2$
					String xml = new String(content, StandardCharsets.UTF_8);
					if (xml.contains(WRONG_GRID_COLUMN)) {
						content = xml.replace(WRONG_GRID_COLUMN, GRID_COLUMN).getBytes(StandardCharsets.UTF_8);
					}
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		zip.finish();
		zip.flush();
	}
}
