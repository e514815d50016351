package org.mea.jwp.reports;

import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/** A broken contribution (see fragment.xml): fails as a plug-in's bug would. */
public final class ThrowingProvider implements IReportDataProvider {

	@Override
	public Object createData(Programme programme, ReportArguments arguments) {
		throw new IllegalStateException("deliberately broken for ReportDesignsTest");
	}
}
