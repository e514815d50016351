package org.mea.jwp.reports.internal;

import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ProgressReport;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/** The data of the progress report design: see {@link ProgressReport} for the defaults. */
public final class ProgressReportProvider implements IReportDataProvider {

	@Override
	public Object createData(Programme programme, ReportArguments arguments) throws ReportException {
		ProgressReport report = new ProgressReport(programme).cycle(arguments.text("cycle")); //$NON-NLS-1$
		if (arguments.committee("committee", programme) != null) { //$NON-NLS-1$
			report.committee(arguments.committee("committee", programme)); //$NON-NLS-1$
		}
		if (report.committee() == null) {
			throw new ReportException("the programme has no committee to report to: add a Standing Committee to its bodies" //$NON-NLS-1$
					+ " (with its Convention title, Secretariat, document symbol pattern and layout)"); //$NON-NLS-1$
		}
		if (arguments.date("reportingDate") != null) { //$NON-NLS-1$
			report.reportingDate(arguments.date("reportingDate")); //$NON-NLS-1$
		}
		return report.meeting(arguments.text("meeting")).symbol(arguments.text("symbol")) //$NON-NLS-1$ //$NON-NLS-2$
				.author(arguments.text("author")).agenda(arguments.text("agenda")) //$NON-NLS-1$ //$NON-NLS-2$
				.recommendations(arguments.text("recommendations")).data(); //$NON-NLS-1$
	}
}
