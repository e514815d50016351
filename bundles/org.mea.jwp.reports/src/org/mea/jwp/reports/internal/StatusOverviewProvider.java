package org.mea.jwp.reports.internal;

import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.StatusOverview;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/** The data of the status overview design. */
public final class StatusOverviewProvider implements IReportDataProvider {

	@Override
	public Object createData(Programme programme, ReportArguments arguments) throws ReportException {
		StatusOverview overview = new StatusOverview(programme);
		if (arguments.date("reportingDate") != null) { //$NON-NLS-1$
			overview.reportingDate(arguments.date("reportingDate")); //$NON-NLS-1$
		}
		return overview.language(arguments.text("language")).data(); //$NON-NLS-1$
	}
}
