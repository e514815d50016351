package org.mea.jwp.reports;

import java.util.Locale;

/** The formats reports are rendered to, with the BIRT emitter that writes each. */
public enum ReportFormat {

	PDF("pdf"), HTML("html"), DOCX("docx"), ODT("odt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/**
	 * Excel workbook (Office Open XML), written by BIRT's spreadsheet emitter (uk.co.spudsoft, on
	 * Apache POI). BIRT's older "xls" emitter (emitter.prototype.excel) is left out on purpose: it
	 * is a prototype that writes SpreadsheetML 2003 XML under an .xls name.
	 */
	XLSX("xlsx"); //$NON-NLS-1$

	private final String emitter;

	ReportFormat(String emitter) {
		this.emitter = emitter;
	}

	/** BIRT's output format name. */
	public String emitterFormat() {
		return emitter;
	}

	/** The usual file extension. */
	public String extension() {
		return emitter;
	}

	/** The format named {@code value} ("pdf", "PDF"...). */
	public static ReportFormat parse(String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("Unknown format \"" + value + "\"; use pdf, html, docx, odt or xlsx", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
