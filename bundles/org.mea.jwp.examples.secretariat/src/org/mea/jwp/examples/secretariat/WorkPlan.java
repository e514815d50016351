package org.mea.jwp.examples.secretariat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.operations.Timeframes;
import org.mea.jwp.reports.ReportException;
import org.mea.jwp.reports.spi.IReportDataProvider;
import org.mea.jwp.reports.spi.ReportArguments;

/**
 * The data of the work plan design: the activities a secretariat leads or shares, grouped by the
 * year their timeframe ends (open-ended ones last). The design reads it as
 * {@code reportContext.getAppContext().get("jwp")}.
 */
public class WorkPlan implements IReportDataProvider {

	@Override
	public Object createData(Programme programme, ReportArguments arguments) throws ReportException {
		String lead = arguments.text("lead"); //$NON-NLS-1$
		LeadSecretariat secretariat = LeadSecretariat
				.getByName(lead == null ? "" : lead.strip().toUpperCase(java.util.Locale.ROOT)); //$NON-NLS-1$
		if (secretariat == null || secretariat == LeadSecretariat.UNASSIGNED || secretariat == LeadSecretariat.JOINT) {
			// a value the user can fix: say so, and the design is not switched off
			throw new ReportException("Secretariat \"" + lead + "\": use CITES or CMS"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		LocalDate date = arguments.date("reportingDate"); //$NON-NLS-1$
		return new Data(programme, secretariat, date == null ? LocalDate.of(programme.getPeriodEnd(), 12, 31) : date);
	}

	/** What the design shows. */
	public static final class Data {

		private final Programme programme;
		private final LeadSecretariat secretariat;
		private final LocalDate reportingDate;

		Data(Programme programme, LeadSecretariat secretariat, LocalDate reportingDate) {
			this.programme = programme;
			this.secretariat = secretariat;
			this.reportingDate = reportingDate;
		}

		public String title() {
			return "WORK PLAN OF THE " + secretariat.getLiteral() + " SECRETARIAT"; //$NON-NLS-1$ //$NON-NLS-2$
		}

		public String subtitle() {
			return programme.getTitle() + " \u2014 activities it leads or shares, open at " //$NON-NLS-1$
					+ java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH) //$NON-NLS-1$
							.format(reportingDate);
		}

		/** Rows: {@code year} ("2013", or "open-ended"), {@code code}, {@code activity}, {@code timeframe}, {@code lead}, {@code status}. */
		public List<Map<String, Object>> rows() {
			List<Activity> chosen = programme.activities().stream()
					.filter(a -> a.getLead() == secretariat || a.getLead() == LeadSecretariat.JOINT)
					.filter(a -> a.getStatus() != ActivityStatus.COMPLETED && a.getStatus() != ActivityStatus.CANCELLED)
					.sorted(Comparator.comparingInt(WorkPlan::endYear)).toList();
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Activity activity : chosen) {
				Map<String, Object> row = new LinkedHashMap<>();
				int end = endYear(activity);
				row.put("year", end == Integer.MAX_VALUE ? "open-ended" : Integer.toString(end)); //$NON-NLS-1$ //$NON-NLS-2$
				row.put("code", activity.getCode()); //$NON-NLS-1$
				row.put("activity", activity.getText()); //$NON-NLS-1$
				row.put("timeframe", //$NON-NLS-1$
						activity.getTimeframe() == null ? "" : Timeframes.wording(activity.getTimeframe())); //$NON-NLS-1$
				row.put("lead", activity.getLead().getLiteral()); //$NON-NLS-1$
				row.put("status", activity.getStatus().getLiteral()); //$NON-NLS-1$
				rows.add(row);
			}
			return rows;
		}
	}

	private static int endYear(Activity activity) {
		LocalDate end = activity.getTimeframe() == null ? null : activity.getTimeframe().endDate();
		return end == null ? Integer.MAX_VALUE : end.getYear();
	}
}
