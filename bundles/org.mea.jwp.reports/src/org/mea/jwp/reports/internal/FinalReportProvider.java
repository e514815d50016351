package org.mea.jwp.reports.internal;

import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.reports.FinalReportData;
import org.mea.jwp.reports.ProgressReport;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/**
 * The data of the final report design ({@link FinalReportData}): the settings of a progress report,
 * for the cycle of the programme's final report unless another cycle is given.
 */
public final class FinalReportProvider implements IReportDataProvider {

	@Override
	public Object createData(Programme programme, ReportArguments arguments) throws ReportException {
		ReportingCycle finalCycle = Continuation.finalCycle(programme);
		return ProgressReport.of(programme, arguments, finalCycle == null ? null : finalCycle.getId())
				.finalReportData();
	}
}
