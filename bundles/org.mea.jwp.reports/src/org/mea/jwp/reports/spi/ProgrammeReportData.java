package org.mea.jwp.reports.spi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;
import org.mea.jwp.reports.ListingReport;

/**
 * What a contributed design without a {@code class} gets as {@code reportContext.getAppContext().get("jwp")}:
 * the programme in rows that a scripted data set can fetch without knowing the metamodel, the
 * reporting date, and the arguments. Designs that need more read {@link #programme()} (EMF objects
 * of the JWP metamodel) or contribute their own {@link IReportDataProvider}.
 */
public class ProgrammeReportData {

	/** The argument that sets the reporting date, when the design declares it. */
	public static final String REPORTING_DATE = "reportingDate"; //$NON-NLS-1$

	private final Programme programme;
	private final ReportArguments arguments;
	private final LocalDate reportingDate;

	public ProgrammeReportData(Programme programme, ReportArguments arguments) {
		this.programme = programme;
		this.arguments = arguments;
		LocalDate given = arguments.date(REPORTING_DATE);
		this.reportingDate = given != null ? given : LocalDate.of(programme.getPeriodEnd(), 12, 31);
	}

	/** The programme itself (read only). */
	public Programme programme() {
		return programme;
	}

	/** The value of a declared parameter, or null. */
	public String argument(String name) {
		return arguments.text(name);
	}

	/** The reporting date: the {@code reportingDate} argument, else the last day of the programme period. */
	public LocalDate reportingDate() {
		return reportingDate;
	}

	/** The reporting date as written in documents ("31 December 2014"). */
	public String reportingDateText() {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(reportingDate); //$NON-NLS-1$
	}

	/** The programme's title. */
	public String title() {
		return programme.getTitle();
	}

	/**
	 * One row per activity in document order: {@code theme} ("B. Joint activities…"),
	 * {@code group}, {@code code}, {@code activity}, {@code timeframe} (as in the document),
	 * {@code lead}, {@code status}, {@code overdue} (Boolean, at the reporting date),
	 * {@code funding} (Boolean: subject to external funding), {@code progress} (the latest
	 * entry's narrative, or "").
	 */
	public List<Map<String, Object>> activities() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Theme theme : programme.getThemes()) {
			for (ActivityGroup group : theme.getGroups()) {
				for (Activity activity : group.getActivities()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("theme", theme.getLetter() + ". " + theme.getName()); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("group", group.getName() == null ? "" : group.getName()); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("code", activity.getCode()); //$NON-NLS-1$
					row.put("activity", activity.getText()); //$NON-NLS-1$
					row.put("timeframe", //$NON-NLS-1$
							activity.getTimeframe() == null ? "" : Timeframes.wording(activity.getTimeframe())); //$NON-NLS-1$
					row.put("lead", activity.getLead().getLiteral()); //$NON-NLS-1$
					row.put("status", activity.getStatus().getLiteral()); //$NON-NLS-1$
					row.put("overdue", activity.isOverdue(reportingDate)); //$NON-NLS-1$
					row.put("funding", activity.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING); //$NON-NLS-1$
					ProgressEntry latest = activity.latestProgress();
					row.put("progress", latest == null || latest.getNarrative() == null ? "" : latest.getNarrative()); //$NON-NLS-1$ //$NON-NLS-2$
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/** The taxa as the species concordance lists them (see {@link ListingReport.Kind#SPECIES}). */
	public List<Map<String, Object>> taxa() {
		return new ListingReport(programme, ListingReport.Kind.SPECIES).reportingDate(reportingDate).data().rows();
	}

	/** The meetings as the meeting calendar lists them (see {@link ListingReport.Kind#CALENDAR}). */
	public List<Map<String, Object>> meetings() {
		return new ListingReport(programme, ListingReport.Kind.CALENDAR).reportingDate(reportingDate).data().rows();
	}
}
