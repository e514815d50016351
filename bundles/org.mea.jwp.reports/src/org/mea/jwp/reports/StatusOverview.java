package org.mea.jwp.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.Deadline;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.core.cycles.Deadlines;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.operations.Timeframes;

/**
 * The status overview ({@code designs/status.rptdesign}): activities by theme and by lead
 * secretariat and status, what is overdue at the reporting date, what falls due in the following
 * twelve months, the reports due to the committees (with the deadline rules of the preferences),
 * and what is subject to external funding.
 */
public final class StatusOverview {

	private final Programme programme;
	/** Until one is given: the last day of the programme's period (today for a programme without one). */
	private LocalDate reportingDate;
	private DeadlineRules rules = DeadlineRules.fromPreferences();

	public StatusOverview(Programme programme) {
		this.programme = programme;
		this.reportingDate = Objects.requireNonNullElseGet(Cycles.programmeEnd(programme), LocalDate::now);
	}

	public StatusOverview reportingDate(LocalDate value) {
		reportingDate = value;
		return this;
	}

	/** The deadline rules to use (default: those of the preferences). */
	public StatusOverview rules(DeadlineRules value) {
		rules = value;
		return this;
	}

	/** What the design shows; exposed to its scripts under {@link ReportService#APP_CONTEXT_KEY}. */
	public Data data() {
		return new Data();
	}

	/** Renders the report to {@code output}. */
	public void render(ReportFormat format, OutputStream output) throws ReportException {
		ReportService.get().renderDesign("status", data(), format, output); //$NON-NLS-1$
	}

	/** The content of the status overview. */
	public final class Data {

		public String title() {
			return "STATUS OVERVIEW"; //$NON-NLS-1$
		}

		public String subtitle() {
			return programme.getTitle() + " \u2014 as at " + longDate(reportingDate); //$NON-NLS-1$
		}

		public String footer() {
			return "Status overview \u2013 p."; //$NON-NLS-1$
		}

		/** Counts per theme and a total row: see {@link StatusCounts}. */
		public List<Map<String, Object>> byTheme() {
			return new StatusCounts(programme, reportingDate).byTheme(true);
		}

		/** Counts per lead secretariat: see {@link StatusCounts}. */
		public List<Map<String, Object>> byLead() {
			return new StatusCounts(programme, reportingDate).byLead();
		}

		/** Activities past the end of their timeframe and not completed at the reporting date. */
		public List<Map<String, Object>> overdue() {
			return activities(a -> a.isOverdue(reportingDate));
		}

		/** Activities whose timeframe ends within twelve months after the reporting date. */
		public List<Map<String, Object>> upcoming() {
			LocalDate horizon = reportingDate.plusYears(1);
			return activities(a -> {
				LocalDate end = a.getTimeframe() == null ? null : a.getTimeframe().endDate();
				return end != null && end.isAfter(reportingDate) && !end.isAfter(horizon)
						&& a.getStatus() != ActivityStatus.COMPLETED && a.getStatus() != ActivityStatus.CANCELLED;
			});
		}

		/**
		 * The reports due to the committees, by due date: {@code due} ("8 May 2014", "no date"),
		 * {@code state} at the reporting date ("late", "due soon", "upcoming", "done", ""),
		 * {@code meeting} ("SC65"), {@code what} (the report and how its date was found) and
		 * {@code activities} (codes, or "whole programme").
		 */
		public List<Map<String, Object>> deadlines() {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Deadline deadline : Deadlines.of(programme, rules)) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("due", deadline.dueDate() == null ? "no date" : longDate(deadline.dueDate())); //$NON-NLS-1$ //$NON-NLS-2$
				row.put("state", switch (deadline.state(reportingDate)) { //$NON-NLS-1$
				case LATE -> "late"; //$NON-NLS-1$
				case DUE_SOON -> "due soon"; //$NON-NLS-1$
				case UPCOMING -> "upcoming"; //$NON-NLS-1$
				case DONE -> "done"; //$NON-NLS-1$
				case UNDATED -> ""; //$NON-NLS-1$
				});
				row.put("meeting", deadline.recipient()); //$NON-NLS-1$
				String basis = switch (deadline.basis()) {
				case RULE -> " (" + rules.daysBefore(deadline.committee()) + " days before the meeting)"; //$NON-NLS-1$ //$NON-NLS-2$
				case GIVEN -> " (date given in the programme)"; //$NON-NLS-1$
				case NONE -> ""; //$NON-NLS-1$
				};
				row.put("what", deadline.title() + basis); //$NON-NLS-1$
				row.put("activities", deadline.activities().isEmpty() ? "whole programme" //$NON-NLS-1$ //$NON-NLS-2$
						: String.join(", ", deadline.activities().stream().map(Activity::getCode).toList())); //$NON-NLS-1$
				rows.add(row);
			}
			return rows;
		}

		/** Activities subject to external funding. */
		public List<Map<String, Object>> funding() {
			return activities(a -> a.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING);
		}

		private List<Map<String, Object>> activities(Function<Activity, Boolean> which) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Activity activity : programme.activities()) {
				if (which.apply(activity)) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("code", activity.getCode()); //$NON-NLS-1$
					row.put("activity", ActivityText.withSubItems(activity)); //$NON-NLS-1$
					row.put("timeframe", activity.getTimeframe() == null ? "" : Timeframes.wording(activity.getTimeframe())); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("lead", activity.getLead().getLiteral()); //$NON-NLS-1$
					row.put("status", activity.getStatus().getLiteral()); //$NON-NLS-1$
					rows.add(row);
				}
			}
			if (rows.isEmpty()) {
				Map<String, Object> none = new LinkedHashMap<>();
				none.put("code", ""); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("activity", "None."); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("timeframe", ""); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("lead", ""); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("status", ""); //$NON-NLS-1$ //$NON-NLS-2$
				rows.add(none);
			}
			return rows;
		}
	}

	private static String longDate(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date); //$NON-NLS-1$
	}
}
