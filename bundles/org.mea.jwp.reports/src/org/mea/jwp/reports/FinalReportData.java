package org.mea.jwp.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.mea.jwp.core.cycles.Baselines;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Theme;

/**
 * What the final report design ({@code designs/final.rptdesign}) shows: what the programme achieved
 * over its whole period, activity by activity, with the status each activity had in the record of
 * each meeting reported to (the cycles' baselines) and at the end. The end is the final cycle's
 * baseline when one was recorded (see {@code Continuation.markCarriedForward}), else the programme as
 * it stands. A table has room for {@value #MOST_COLUMNS} columns: with more, the first and the latest
 * ones are shown and the paragraphs name those left out.
 */
public final class FinalReportData extends CommitteeDocument {

	/** The most records the table shows side by side, as columns. */
	public static final int MOST_COLUMNS = 5;

	/** The label of the last column when no final baseline was recorded (as core's {@code Cycles.label} names a final cycle without a meeting). */
	private static final String END_OF_PERIOD = "End of period"; //$NON-NLS-1$

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH); //$NON-NLS-1$

	private final String recommendations;
	private final List<Column> columns;
	private final List<ReportingCycle> withoutRecord;
	private List<Map<String, Object>> paragraphs;

	/**
	 * One column of the table: a record of every activity at a date.
	 *
	 * @param label what the record is of ("SC62", "End of period", as the cycle is named)
	 * @param date the date the record stands for (null when unknown)
	 * @param cycle the cycle whose baseline it is; null for the programme as it stands
	 */
	public record Column(String label, LocalDate date, ReportingCycle cycle, Baseline baseline) {

		/** The column's heading in English: "SC62", and the date on a line of its own ("23 July 2012"); see {@link FinalReportData#columnHeading}. */
		public String heading() {
			return label + (date == null ? "" : "\n" + DAY.format(date)); //$NON-NLS-1$
		}

		/** The entry of the activity {@code id}, or null when the record has none. */
		BaselineEntry entry(String id) {
			return baseline.getEntries().stream().filter(e -> id.equals(e.getActivityId())).findFirst().orElse(null);
		}
	}

	/**
	 * @param reportingDate the end the report stands at (the final cycle's date, else the programme's last day)
	 * @param recommendations what the Committee is invited to do (a default sentence when blank)
	 */
	public FinalReportData(Programme programme, Committee committee, Meeting meeting, LocalDate reportingDate,
			String author, String recommendations, String symbol, String agenda) {
		super(programme, committee, meeting, reportingDate, author, symbol, agenda);
		this.recommendations = recommendations != null && !recommendations.isBlank() ? recommendations.strip() : null;
		List<ReportingCycle> cycles = programme.getCycles().stream()
				.sorted(Comparator.comparing(Cycles::dateOf, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		List<Column> all = new ArrayList<>();
		ReportingCycle end = null;
		List<ReportingCycle> missing = new ArrayList<>();
		for (ReportingCycle cycle : cycles) {
			if (cycle.isFinalReport() && cycle.getBaseline() != null) {
				end = cycle;
			} else if (cycle.getBaseline() != null) {
				all.add(new Column(Cycles.label(cycle), cycle.getBaseline().getDate(), cycle, cycle.getBaseline()));
			} else if (!cycle.isFinalReport()) {
				missing.add(cycle);
			}
		}
		all.add(end != null ? new Column(Cycles.label(end), end.getBaseline().getDate(), end, end.getBaseline())
				: new Column(END_OF_PERIOD, reportingDate, null,
						Baselines.snapshot(programme, reportingDate, LocalDate.now()))); //$NON-NLS-1$
		this.columns = all.size() <= MOST_COLUMNS ? List.copyOf(all)
				: List.copyOf(concat(all.subList(0, 1), all.subList(all.size() - (MOST_COLUMNS - 1), all.size())));
		this.withoutRecord = List.copyOf(missing);
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> both = new ArrayList<>(a);
		both.addAll(b);
		return both;
	}

	@Override
	public FinalReportData in(Wording value) {
		super.in(value);
		paragraphs = null;
		return this;
	}

	@Override
	protected String documentKind() {
		return wording.text("title.final"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return wording.text("summary.final", programme.getTitle(), period(), recommendations()); //$NON-NLS-1$
	}

	/** What the Committee is invited to do: the text given, else to take note (and of what was carried forward). */
	public String recommendations() {
		if (recommendations != null) {
			return recommendations;
		}
		String successor = programme.getSuccessor();
		return successor == null || successor.isBlank() ? wording.text("recommendations.final", committeeName()) //$NON-NLS-1$
				: wording.text("recommendations.finalWithSuccessor", committeeName(), successor); //$NON-NLS-1$
	}

	private String period() {
		return programme.getPeriodStart() + "-" + programme.getPeriodEnd(); //$NON-NLS-1$
	}

	/** The columns the table shows, oldest first, the end last. */
	public List<Column> columns() {
		return columns;
	}

	/**
	 * The heading of the table's {@code n}th record column (from 1) in the document's language ("SC62"
	 * and its date on a line of its own, see {@link Column#heading()}), or "" for a column not used,
	 * which hides it.
	 */
	public String columnHeading(int n) {
		if (n < 1 || n > columns.size()) {
			return ""; //$NON-NLS-1$
		}
		Column column = columns.get(n - 1);
		return label(column) + (column.date() == null ? "" : "\n" + wording.date(column.date())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What a column is a record of, in the document's language: "SC62", "End of period", "Fin de la période". */
	private String label(Column column) {
		return column.cycle() == null || END_OF_PERIOD.equals(column.label()) ? wording.text("final.endOfPeriod") //$NON-NLS-1$
				: column.label();
	}

	/** The record in a sentence: "SC62 (23 July 2012)". */
	private String named(Column column) {
		return label(column) + (column.date() == null ? "" : " (" + wording.date(column.date()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The numbered paragraphs with their headings, grouped as the design shows them: rows with
	 * {@code number}, {@code text}, {@code section} and {@code heading} (see {@link #inSections}).
	 */
	public List<Map<String, Object>> paragraphs() {
		if (paragraphs == null) {
			paragraphs = Collections.unmodifiableList(inSections(numberedParagraphs()));
		}
		return paragraphs;
	}

	private List<Map<String, Object>> numberedParagraphs() {
		List<Map<String, Object>> rows = new ArrayList<>();
		int[] number = { 0 };
		opening(rows, number, null);
		heading(rows, wording.text("heading.achievements", period())); //$NON-NLS-1$
		Column first = columns.get(0);
		Column last = columns.get(columns.size() - 1);
		String lastDate = last.date() == null ? "" : " (" + wording.date(last.date()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		paragraph(rows, number, (first == last
				? wording.text("final.end", lastDate, counts(last.baseline().getEntries())) //$NON-NLS-1$
				: wording.text("final.endAndFirst", lastDate, counts(last.baseline().getEntries()), named(first), //$NON-NLS-1$
						counts(first.baseline().getEntries())))
				+ " " + wording.text("final.annex")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Theme theme : programme.getThemes()) {
			List<String> ids = theme.activities().stream().map(Activity::getId).toList();
			paragraph(rows, number, wording.text("final.theme", theme.getLetter(), //$NON-NLS-1$
					theme.getShortName() != null ? name(theme, Literals.THEME__SHORT_NAME)
							: name(theme, Literals.THEME__NAME),
					counts(last.baseline().getEntries().stream().filter(e -> ids.contains(e.getActivityId()))
							.toList())));
		}
		int entries = 0;
		int activities = 0;
		for (Activity activity : programme.activities()) {
			if (!activity.getProgress().isEmpty()) {
				activities++;
				entries += activity.getProgress().size();
			}
		}
		paragraph(rows, number,
				entries == 0 ? wording.text("final.noProgress") : wording.text("final.progress", entries, activities)); //$NON-NLS-1$ //$NON-NLS-2$
		if (last.cycle() == null) {
			paragraph(rows, number, wording.text("final.noFinalBaseline")); //$NON-NLS-1$
		}
		if (!withoutRecord.isEmpty()) {
			List<String> names = withoutRecord.stream().map(this::named).toList();
			paragraph(rows, number, wording.text("final.withoutRecord", inWords(names), withoutRecord.size())); //$NON-NLS-1$
		}
		carriedForward(rows, number);
		heading(rows, wording.text("heading.recommendations")); //$NON-NLS-1$
		paragraph(rows, number, recommendations());
		return rows;
	}

	/** "SC65 (7 July 2014)", or the label alone when the cycle has no date. */
	private String named(ReportingCycle cycle) {
		LocalDate date = Cycles.dateOf(cycle);
		String label = Cycles.label(cycle);
		return (END_OF_PERIOD.equals(label) ? wording.text("final.endOfPeriod") : label) //$NON-NLS-1$
				+ (date == null ? "" : " (" + wording.date(date) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** "31 activities: 3 completed, 12 on-going, 16 not started", in the order of the statuses, in the document's language. */
	private String counts(List<BaselineEntry> entries) {
		Map<ActivityStatus, Long> byStatus = entries.stream()
				.collect(Collectors.groupingBy(BaselineEntry::getStatus, () -> new EnumMap<>(ActivityStatus.class),
						Collectors.counting()));
		String parts = byStatus.entrySet().stream()
				.map(e -> wording.text("status." + e.getKey().getName(), e.getValue())) //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		String activities = wording.text("final.activities", entries.size()); //$NON-NLS-1$
		return parts.isEmpty() ? activities : wording.text("final.counts", activities, parts); //$NON-NLS-1$
	}

	/**
	 * The Annex: one row per activity of the programme in document order, with {@code themeKey},
	 * {@code groupKey}, {@code theme}, {@code group}, {@code code}, {@code activity}, {@code column1}
	 * to {@code column5} (its status in each record of {@link #columns()}, "–" when the record does
	 * not have it, "" for a column not used), and {@code achieved}: the progress reported over the
	 * period, one dated line per entry, and where it was carried forward.
	 */
	public List<Map<String, Object>> annex() {
		return activityRows((activity, row) -> {
			for (int r = 1; r <= MOST_COLUMNS; r++) {
				String status = ""; //$NON-NLS-1$
				if (r <= columns.size()) {
					BaselineEntry entry = columns.get(r - 1).entry(activity.getId());
					status = entry == null || entry.getStatus() == null ? "\u2013" //$NON-NLS-1$
							: wording.text("statusName." + entry.getStatus().getName()); //$NON-NLS-1$
				}
				row.put("column" + r, status); //$NON-NLS-1$
			}
			row.put("achieved", achieved(activity)); //$NON-NLS-1$
		});
	}

	private String achieved(Activity activity) {
		List<String> lines = new ArrayList<>();
		activity.getProgress().stream()
				.sorted(Comparator.comparing(ProgressEntry::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
				.filter(entry -> entry.getNarrative() != null && !entry.getNarrative().isBlank())
				.forEach(entry -> lines.add((entry.getDate() == null ? "" : wording.date(entry.getDate()) + ": ") //$NON-NLS-1$//$NON-NLS-2$
						+ entry.getNarrative().strip()));
		if (activity.getCarriedForwardTo() != null && !activity.getCarriedForwardTo().isBlank()) {
			lines.add(wording.text("final.carriedForwardTo", activity.getCarriedForwardTo())); //$NON-NLS-1$
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}
}
