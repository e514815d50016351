package org.mea.jwp.reports.internal;

import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ListingReport;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/** The data of the listing designs; which listing is the design's id ("species", "calendar"). */
abstract class ListingReportProvider implements IReportDataProvider {

	private final ListingReport.Kind kind;

	ListingReportProvider(ListingReport.Kind kind) {
		this.kind = kind;
	}

	@Override
	public Object createData(Programme programme, ReportArguments arguments) throws ReportException {
		ListingReport report = new ListingReport(programme, kind);
		if (arguments.date("reportingDate") != null) { //$NON-NLS-1$
			report.reportingDate(arguments.date("reportingDate")); //$NON-NLS-1$
		}
		return report.language(arguments.text("language")).data(); //$NON-NLS-1$
	}

	/** The species concordance. */
	public static final class Species extends ListingReportProvider {
		public Species() {
			super(ListingReport.Kind.SPECIES);
		}
	}

	/** The meeting calendar and deadlines. */
	public static final class Calendar extends ListingReportProvider {
		public Calendar() {
			super(ListingReport.Kind.CALENDAR);
		}
	}
}
