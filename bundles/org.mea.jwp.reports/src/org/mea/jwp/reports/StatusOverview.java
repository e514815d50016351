package org.mea.jwp.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
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
	private Wording wording = Wording.english();

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

	/**
	 * The language of the fixed words: "en" (or blank), "fr", "es".
	 *
	 * @throws ReportException for another language
	 */
	public StatusOverview language(String value) throws ReportException {
		try {
			wording = Wording.of(value);
		} catch (IllegalArgumentException e) {
			throw new ReportException(e.getMessage());
		}
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
			return wording.text("overview.title"); //$NON-NLS-1$
		}

		public String subtitle() {
			return wording.text("listing.subtitle", programme.getTitle(), wording.date(reportingDate)); //$NON-NLS-1$
		}

		public String footer() {
			return wording.text("overview.footer"); //$NON-NLS-1$
		}

		/** A fixed text of the design in the report's language ("column.code"); see {@link Wording#text}. */
		public String word(String key) {
			return wording.text(key);
		}

		/** The report's language: "en", "fr", "es". */
		public String language() {
			return wording.language();
		}

		/** A label of the charts in the report's language: see {@link CommitteeDocument#chartLabel(String)}. */
		public String chartLabel(String label) {
			return CommitteeDocument.chartLabel(wording, label);
		}

		/** Counts per theme and a total row: see {@link StatusCounts}. */
		public List<Map<String, Object>> byTheme() {
			List<Map<String, Object>> rows = new StatusCounts(programme, reportingDate).byTheme(true);
			rows.stream().filter(row -> Boolean.TRUE.equals(row.get("total"))) //$NON-NLS-1$
					.forEach(row -> row.put("name", wording.text("overview.total"))); //$NON-NLS-1$ //$NON-NLS-2$
			return rows;
		}

		/** Counts per lead secretariat: see {@link StatusCounts}. */
		public List<Map<String, Object>> byLead() {
			List<Map<String, Object>> rows = new StatusCounts(programme, reportingDate).byLead();
			if (!wording.language().equals("en")) { //$NON-NLS-1$
				for (Map<String, Object> row : rows) {
					LeadSecretariat lead = LeadSecretariat.get(String.valueOf(row.get("name"))); //$NON-NLS-1$
					if (lead != null) {
						row.put("name", wording.text("lead." + lead.getName())); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
			return rows;
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
				row.put("due", deadline.dueDate() == null ? wording.text("deadline.noDate") //$NON-NLS-1$//$NON-NLS-2$
						: wording.date(deadline.dueDate()));
				Deadline.State state = deadline.state(reportingDate);
				row.put("state", state == Deadline.State.UNDATED ? "" : wording.text("deadline." + state.name())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				row.put("meeting", deadline.recipient()); //$NON-NLS-1$
				String title = title(deadline);
				row.put("what", switch (deadline.basis()) { //$NON-NLS-1$
				case RULE ->
					wording.text("deadline.rule", title, String.valueOf(rules.daysBefore(deadline.committee()))); //$NON-NLS-1$
				case GIVEN -> wording.text("deadline.given", title); //$NON-NLS-1$
				case NONE -> title;
				});
				row.put("activities", deadline.activities().isEmpty() ? wording.text("deadline.wholeProgramme") //$NON-NLS-1$ //$NON-NLS-2$
						: String.join(", ", deadline.activities().stream().map(Activity::getCode).toList())); //$NON-NLS-1$
				rows.add(row);
			}
			return rows;
		}

		/**
		 * What is due, in the report's language: a cycle's report is named here (core names it in
		 * English); an obligation's description is the programme's own text.
		 */
		private String title(Deadline deadline) {
			if (wording.language().equals("en") || !(deadline.source() instanceof ReportingCycle cycle)) { //$NON-NLS-1$
				return deadline.title();
			}
			String title = wording.text(cycle.isFinalReport() ? "deadline.finalReport" : "deadline.progressReport"); //$NON-NLS-1$ //$NON-NLS-2$
			String symbol = cycle.getDocumentSymbol();
			if (symbol != null && !symbol.isBlank()) {
				title = wording.text("deadline.withSymbol", title, symbol); //$NON-NLS-1$
			}
			if (cycle.isFinalReport() && cycle.getMeeting() == null) {
				return title;
			}
			String label = Cycles.label(cycle);
			return wording.text("deadline.for", title, //$NON-NLS-1$
					label.equals("End of period") ? wording.text("final.endOfPeriod") : label); //$NON-NLS-1$ //$NON-NLS-2$
		}

		/** Activities subject to external funding. */
		public List<Map<String, Object>> funding() {
			return activities(a -> a.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING);
		}

		private List<Map<String, Object>> activities(Function<Activity, Boolean> which) {
			boolean english = wording.language().equals("en"); //$NON-NLS-1$
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Activity activity : programme.activities()) {
				if (which.apply(activity)) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("code", activity.getCode()); //$NON-NLS-1$
					row.put("activity", ActivityText.withSubItems(activity)); //$NON-NLS-1$
					row.put("timeframe", timeframe(activity)); //$NON-NLS-1$
					row.put("lead", english ? activity.getLead().getLiteral() //$NON-NLS-1$
							: wording.text("lead." + activity.getLead().getName())); //$NON-NLS-1$
					row.put("status", english ? activity.getStatus().getLiteral() //$NON-NLS-1$
							: wording.text("statusName." + activity.getStatus().getName())); //$NON-NLS-1$
					rows.add(row);
				}
			}
			if (rows.isEmpty()) {
				Map<String, Object> none = new LinkedHashMap<>();
				none.put("code", ""); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("activity", wording.text("listing.none")); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("timeframe", ""); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("lead", ""); //$NON-NLS-1$ //$NON-NLS-2$
				none.put("status", ""); //$NON-NLS-1$ //$NON-NLS-2$
				rows.add(none);
			}
			return rows;
		}
	}

	/** An activity's timeframe as the programme words it, "On-going" in the report's language. */
	private String timeframe(Activity activity) {
		if (activity.getTimeframe() == null) {
			return ""; //$NON-NLS-1$
		}
		String text = Timeframes.wording(activity.getTimeframe());
		return !wording.language().equals("en") && text != null && text.strip().matches("(?i)on-?\\s?going") //$NON-NLS-1$ //$NON-NLS-2$
				? wording.text("timeframe.ongoing") //$NON-NLS-1$
				: text;
	}
}
