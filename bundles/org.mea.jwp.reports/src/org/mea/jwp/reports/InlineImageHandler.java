package org.mea.jwp.reports;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts the images of an HTML report (its charts) into the page as {@code data:} URIs.
 * <p>
 * BIRT's default handlers write images next to a folder and link them with absolute
 * {@code file:} URLs, so an HTML report mailed to a Party or put on a website loses its charts.
 * A report is one file here, like the PDF, DOCX and ODT outputs.
 */
final class InlineImageHandler extends HTMLImageHandler {

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onFileImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	private static String dataUri(IImage image) {
		byte[] data = image.getImageData();
		if (data == null) {
			return null;
		}
		String type = image.getMimeType() != null ? image.getMimeType() : "image/png"; //$NON-NLS-1$
		return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
