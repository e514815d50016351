package org.mea.jwp.reports;

import java.util.Locale;

/** The formats reports are rendered to, with the BIRT emitter that writes each. */
public enum ReportFormat {

	PDF("pdf"), HTML("html"), DOCX("docx"), ODT("odt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

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
			throw new IllegalArgumentException("Unknown format \"" + value + "\"; use pdf, html, docx or odt", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
