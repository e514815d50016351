package org.mea.jwp.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mea.jwp.core.cycles.ActivityChange;
import org.mea.jwp.core.cycles.ChangeKind;
import org.mea.jwp.core.cycles.Comparison;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Theme;

/**
 * What the progress report design shows, computed from the programme in Java (where it is tested)
 * and handed to the design's scripted data sets through the report's application context under
 * {@link ReportService#APP_CONTEXT_KEY}. Rows are maps from column name to value, which the data sets' scripts
 * read with {@code row.get("code")}. The design only lays them out.
 */
public final class ProgressReportData extends CommitteeDocument {

	private final String recommendations;
	private String introduction;
	private Changes changes;
	/** {@link #paragraphs()}, made once: the design reads them for the text before and after the chart. */
	private List<Map<String, Object>> paragraphs;

	/**
	 * What changed since an earlier cycle's baseline.
	 *
	 * @param since      the earlier cycle
	 * @param comparison from its baseline to the record the report stands on
	 */
	public record Changes(ReportingCycle since, Comparison comparison) {
	}

	/**
	 * @param meeting the meeting the report is for (may be null: the line then says only the committee)
	 * @param author who prepared the report ("the Secretariat" when blank)
	 * @param recommendations what the Committee is invited to do (a default sentence when blank)
	 * @param symbol the document symbol ("SC65 Doc. 14.3")
	 * @param agenda the agenda heading (the usual one of the joint work programme when blank)
	 */
	public ProgressReportData(Programme programme, Committee committee, Meeting meeting, LocalDate reportingDate,
			String author, String recommendations, String symbol, String agenda) {
		super(programme, committee, meeting, reportingDate, author, symbol, agenda);
		this.recommendations = recommendations == null || recommendations.isBlank() ? null : recommendations.strip();
	}

	@Override
	public ProgressReportData in(Wording value) {
		super.in(value);
		paragraphs = null;
		return this;
	}

	@Override
	protected String documentKind() {
		return wording.text("title.progress"); //$NON-NLS-1$
	}

	/** The cycle's introduction, in paragraphs separated by blank lines, after the first paragraph; null: none. */
	public ProgressReportData introduction(String text) {
		introduction = text;
		paragraphs = null;
		return this;
	}

	/** The changes the report lists; null: the report has no "Changes since" section. */
	public ProgressReportData changes(Changes value) {
		changes = value;
		paragraphs = null;
		return this;
	}

	/**
	 * The numbered paragraphs of the report, with their headings: rows with {@code kind}
	 * "heading" or "paragraph", {@code number} (paragraphs only; the numbering runs on across
	 * headings), {@code text}, and {@code part}: "1" up to the summary of progress, after which the
	 * design draws the chart of {@link #statusByTheme()}, and "2" for the rest.
	 */
	public List<Map<String, Object>> paragraphs() {
		if (paragraphs == null) {
			paragraphs = Collections.unmodifiableList(numberedParagraphs());
		}
		return paragraphs;
	}

	private List<Map<String, Object>> numberedParagraphs() {
		List<Map<String, Object>> rows = new ArrayList<>();
		int[] number = { 0 };
		opening(rows, number, introduction);
		heading(rows, wording.text("heading.progress")); //$NON-NLS-1$
		int all = 0;
		int completedOrOngoing = 0;
		int overdue = 0;
		for (Theme theme : programme.getThemes()) {
			List<Activity> activities = theme.activities();
			all += activities.size();
			for (Activity activity : activities) {
				if (activity.getStatus() == ActivityStatus.COMPLETED || activity.getStatus() == ActivityStatus.ONGOING
						|| activity.getStatus() == ActivityStatus.IN_PROGRESS) {
					completedOrOngoing++;
				}
				if (activity.isOverdue(reportingDate)) {
					overdue++;
				}
			}
		}
		paragraph(rows, number, wording.text("progress.asAt", wording.date(reportingDate), String.valueOf(all), //$NON-NLS-1$
				String.valueOf(programme.getThemes().size()), String.valueOf(completedOrOngoing),
				String.valueOf(overdue)));
		rows.forEach(row -> row.put("part", "1")); //$NON-NLS-1$ //$NON-NLS-2$
		int firstAfterChart = rows.size();
		for (Theme theme : programme.getThemes()) {
			paragraph(rows, number, themeSummary(theme));
			for (Activity activity : theme.activities()) {
				ProgressEntry latest = activity.latestProgress();
				if (latest != null && latest.getNarrative() != null && !latest.getNarrative().isBlank()) {
					paragraph(rows, number, activity.getCode() + ". " + latest.getNarrative().strip()); //$NON-NLS-1$
				}
			}
		}
		if (changes != null) {
			heading(rows, changesHeading());
			changesSection(rows, number);
		}
		carriedForward(rows, number);
		heading(rows, wording.text("heading.recommendations")); //$NON-NLS-1$
		paragraph(rows, number, recommendations());
		rows.subList(firstAfterChart, rows.size()).forEach(row -> row.put("part", "2")); //$NON-NLS-1$ //$NON-NLS-2$
		return rows;
	}

	/**
	 * The numbered paragraphs of {@link #paragraphs()} up to the summary of progress (part "1"),
	 * each with the {@code heading} of its section and a {@code section} key that sorts in document
	 * order: the design groups them by section and shows each heading once, above its group.
	 */
	public List<Map<String, Object>> paragraphsBeforeChart() {
		return paragraphsOfPart("1"); //$NON-NLS-1$
	}

	/**
	 * The numbered paragraphs after the chart (part "2"), as {@link #paragraphsBeforeChart()}; the
	 * section the chart interrupts goes on without its heading.
	 */
	public List<Map<String, Object>> paragraphsAfterChart() {
		return paragraphsOfPart("2"); //$NON-NLS-1$
	}

	private List<Map<String, Object>> paragraphsOfPart(String part) {
		return inSections(paragraphs().stream().filter(row -> part.equals(row.get("part"))).toList()); //$NON-NLS-1$
	}

	/** "Changes since SC62 (Geneva (Switzerland), 23-27 July 2012)", in the document's language; null without changes. */
	public String changesHeading() {
		if (changes == null) {
			return null;
		}
		ReportingCycle since = changes.since();
		String where = since.getMeeting() == null ? "" : placeAndDates(since.getMeeting()); //$NON-NLS-1$
		return where.isEmpty() ? wording.text("changes.heading", Cycles.label(since)) //$NON-NLS-1$
				: wording.text("changes.headingAt", Cycles.label(since), where); //$NON-NLS-1$
	}

	private void changesSection(List<Map<String, Object>> rows, int[] number) {
		List<ActivityChange> changed = changes.comparison().changes();
		String since = Cycles.label(changes.since());
		if (changed.isEmpty()) {
			paragraph(rows, number, wording.text("changes.none", since)); //$NON-NLS-1$
			return;
		}
		paragraph(rows, number,
				wording.text("changes.some", since, changed.size(), wording.text("column.changeSince", since))); //$NON-NLS-1$ //$NON-NLS-2$
		for (ActivityChange change : changed) {
			String code = change.code() == null ? wording.text("changes.noCode") : change.code(); // a damaged record //$NON-NLS-1$
			paragraph(rows, number, code + ". " + sentence(changeSummary(change))); //$NON-NLS-1$
		}
	}

	/**
	 * What changed in an activity, in words: "status: not started → in progress; 1 new progress
	 * entry" ({@link ActivityChange#summary()} in English), in the document's language.
	 */
	private String changeSummary(ActivityChange change) {
		if (wording.language().equals("en")) { //$NON-NLS-1$
			return change.summary();
		}
		List<String> parts = new ArrayList<>();
		for (ChangeKind kind : change.kinds()) {
			parts.add(switch (kind) {
			case ADDED, REMOVED -> wording.text("change." + kind.name()); //$NON-NLS-1$
			case STATUS ->
				fromTo(kind, statusName(change.before().getStatus()), statusName(change.after().getStatus()));
			case LEAD -> fromTo(kind, leadName(change.before().getLead()), leadName(change.after().getLead()));
			case TIMEFRAME -> fromTo(kind, change.before().getTimeframe(), change.after().getTimeframe());
			case PROGRESS ->
				change.newProgressEntries() >= 0 ? wording.text("change.progressAdded", change.newProgressEntries()) //$NON-NLS-1$
						: wording.text("change.progressRemoved", -change.newProgressEntries()); //$NON-NLS-1$
			});
		}
		return String.join(wording.text("change.separator"), parts); //$NON-NLS-1$
	}

	private String fromTo(ChangeKind kind, Object from, Object to) {
		return wording.text("change." + kind.name(), nothingIfBlank(from), nothingIfBlank(to)); //$NON-NLS-1$
	}

	private String nothingIfBlank(Object value) {
		String text = value == null ? "" : value.toString(); //$NON-NLS-1$
		return text.isBlank() ? wording.text("change.nothing") : text; //$NON-NLS-1$
	}

	private String statusName(ActivityStatus status) {
		return status == null ? null : wording.text("statusName." + status.getName()); //$NON-NLS-1$
	}

	private String leadName(LeadSecretariat lead) {
		return lead == null ? null : wording.text("lead." + lead.getName()); //$NON-NLS-1$
	}

	private static String sentence(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + "."; //$NON-NLS-1$
	}

	private String themeSummary(Theme theme) {
		Map<ActivityStatus, Integer> counts = new LinkedHashMap<>();
		for (Activity activity : theme.activities()) {
			counts.merge(activity.getStatus(), 1, Integer::sum);
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((status, n) -> parts.add(wording.text("status." + status.getName(), n))); //$NON-NLS-1$
		return wording.text("theme.summary", theme.getLetter(), //$NON-NLS-1$
				theme.getShortName() != null ? name(theme, Literals.THEME__SHORT_NAME)
						: name(theme, Literals.THEME__NAME),
				String.valueOf(theme.activities().size()), String.join(", ", parts)); //$NON-NLS-1$
	}

	/** The caption under the chart of the summary of progress. */
	public String chartCaption() {
		return wording.text("chart.caption", wording.date(reportingDate)); //$NON-NLS-1$
	}

	/** Activities per theme and status, for the chart: see {@link StatusCounts} (no total row). */
	public List<Map<String, Object>> statusByTheme() {
		return new StatusCounts(programme, reportingDate).byTheme(false);
	}

	/**
	 * The Annex: one row per activity with {@code themeKey} and {@code groupKey} (which sort in
	 * document order), {@code theme}, {@code group}, {@code code},
	 * {@code activity}, {@code timeframe} (as in the document), {@code lead}, {@code status},
	 * {@code progress} (the latest entry's narrative), {@code overdue} ("overdue" or ""),
	 * {@code statusText} (the status, "(overdue)" after it when overdue) and
	 * {@code change} (what changed since the previous baseline, in words, or "").
	 */
	public List<Map<String, Object>> annex() {
		return activityRows((activity, row) -> {
			row.put("timeframe", timeframe(activity)); //$NON-NLS-1$
			row.put("lead", wording.text("lead." + activity.getLead().getName())); //$NON-NLS-1$
			String status = wording.text("statusName." + activity.getStatus().getName()); //$NON-NLS-1$
			row.put("status", status); //$NON-NLS-1$
			ProgressEntry latest = activity.latestProgress();
			row.put("progress", latest == null || latest.getNarrative() == null ? "" : latest.getNarrative()); //$NON-NLS-1$ //$NON-NLS-2$
			boolean overdue = activity.isOverdue(reportingDate);
			row.put("overdue", overdue ? "overdue" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row.put("statusText", overdue ? wording.text("statusName.overdue", status) : status); //$NON-NLS-1$ //$NON-NLS-2$
			ActivityChange change = changes == null ? null : changes.comparison().changeOf(activity.getId());
			row.put("change", change == null ? "" : changeSummary(change)); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/**
	 * The heading of the Annex's change column ("Change since SC62"), or "" when nothing changed,
	 * which hides the column.
	 */
	public String changeColumnHeading() {
		return changes == null || changes.comparison().isEmpty() ? "" //$NON-NLS-1$
				: wording.text("column.changeSince", Cycles.label(changes.since())); //$NON-NLS-1$
	}

	/** What the Committee is invited to do: the text given, else the usual request in the document's language. */
	public String recommendations() {
		return recommendations != null ? recommendations : wording.text("recommendations.progress", committeeName()); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return wording.text("summary.progress", programme.getTitle(), wording.date(reportingDate), recommendations()); //$NON-NLS-1$
	}

}
