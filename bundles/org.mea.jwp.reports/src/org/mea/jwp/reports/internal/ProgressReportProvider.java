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
		return ProgressReport.of(programme, arguments, null).data();
	}
}
