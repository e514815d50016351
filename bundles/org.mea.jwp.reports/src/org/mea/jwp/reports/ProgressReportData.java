package org.mea.jwp.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mea.jwp.core.cycles.ActivityChange;
import org.mea.jwp.core.cycles.Comparison;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Adoption;
import org.mea.jwp.model.DocumentLayout;
import org.mea.jwp.model.AdoptionKind;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/**
 * What the progress report design shows, computed from the programme in Java (where it is tested)
 * and handed to the design's scripted data sets through the report's application context under
 * {@link ReportService#APP_CONTEXT_KEY}. Rows are maps from column name to value, which the data sets' scripts
 * read with {@code row.get("code")}. The design only lays them out.
 */
public final class ProgressReportData {

	private static final String[] ORDINALS = { "", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Seventeenth", "Eighteenth", "Nineteenth" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] TENS = { "", "", "Twent", "Thirt", "Fort", "Fift", "Sixt", "Sevent", "Eight", "Ninet" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final String[] UNITS = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"eighth", "ninth" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final Programme programme;
	private final Committee committee;
	private final Meeting meeting;
	private final LocalDate reportingDate;
	private final String author;
	private final String recommendations;
	private final String symbol;
	private final String agenda;
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
		this.programme = programme;
		this.committee = committee;
		this.meeting = meeting;
		this.reportingDate = reportingDate;
		this.author = author == null || author.isBlank() ? committee.secretariat() : author.strip();
		this.recommendations = recommendations == null || recommendations.isBlank()
				? "The " + committee.committeeName() + " is invited to note this report and to encourage Parties, partner organizations " //$NON-NLS-1$ //$NON-NLS-2$
						+ "and donors to support the activities of the joint work programme that are subject to external funding." //$NON-NLS-1$
				: recommendations.strip();
		this.symbol = symbol;
		this.agenda = agenda == null || agenda.isBlank() ? "Cooperation with other biodiversity-related conventions" //$NON-NLS-1$
				: agenda.strip();
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

	/** The document symbol, top right and in the running footer. */
	public String symbol() {
		return symbol;
	}

	/** The agenda heading above the title. */
	public String agenda() {
		return agenda;
	}

	/** "Sixty-fifth meeting of the Standing Committee". */
	public String meetingTitle() {
		if (meeting == null || meeting.getNumber() <= 0) {
			return "Meeting of the " + committee.committeeName(); //$NON-NLS-1$
		}
		return ordinal(meeting.getNumber()) + " meeting of the " + committee.committeeName(); //$NON-NLS-1$
	}

	/** "Geneva (Switzerland), 7-11 July 2014", or what is known of place and dates. */
	public String meetingPlaceAndDates() {
		return meeting == null ? "" : placeAndDates(meeting); //$NON-NLS-1$
	}

	private static String placeAndDates(Meeting meeting) {
		String when;
		if (meeting.getStartDate() != null) {
			LocalDate start = meeting.getStartDate();
			LocalDate end = meeting.getEndDate() == null ? start : meeting.getEndDate();
			DateTimeFormatter dayMonthYear = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH); //$NON-NLS-1$
			when = start.equals(end) ? dayMonthYear.format(start)
					: start.getMonth() == end.getMonth() ? start.getDayOfMonth() + "-" + dayMonthYear.format(end) //$NON-NLS-1$
							: DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(start) + " - " + dayMonthYear.format(end); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			when = ((meeting.getWhen() == null ? "" : meeting.getWhen()) //$NON-NLS-1$
					+ (meeting.getYear() > 0 && (meeting.getWhen() == null || !meeting.getWhen().contains(Integer.toString(meeting.getYear())))
							? " " + meeting.getYear() : "")).strip(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String place = meeting.getPlace() == null ? "" : meeting.getPlace().strip(); //$NON-NLS-1$
		return place.isEmpty() ? when : when.isEmpty() ? place : place + ", " + when; //$NON-NLS-1$
	}

	/** English ordinal in words, capitalised: 1 → "First", 65 → "Sixty-fifth". */
	static String ordinal(int n) {
		if (n < 20) {
			return ORDINALS[n];
		}
		if (n < 100) {
			int tens = n / 10;
			int units = n % 10;
			return units == 0 ? TENS[tens] + "ieth" : TENS[tens] + "y-" + UNITS[units]; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return n + "th"; //$NON-NLS-1$
	}

	/** The report's title, in capitals. */
	public String title() {
		return (programme.getTitle() == null ? "JOINT WORK PROGRAMME" : programme.getTitle().toUpperCase(Locale.ENGLISH)) //$NON-NLS-1$
				+ ": PROGRESS REPORT"; //$NON-NLS-1$
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
		if (!cmsLayout()) {
			// the CMS layout says it in a line under the title instead: "(Prepared by the UNEP/CMS Secretariat)"
			paragraph(rows, number, "This document has been prepared by the " + author + "."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		narrative(rows, number, introduction);
		heading(rows, "Background"); //$NON-NLS-1$
		paragraph(rows, number, adoptionSentence());
		narrative(rows, number, programme.getBackground());
		heading(rows, "Progress in the implementation of the joint work programme"); //$NON-NLS-1$
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
		paragraph(rows, number, "As at " + longDate(reportingDate) + ", the programme comprises " + all //$NON-NLS-1$ //$NON-NLS-2$
				+ " activities in " + programme.getThemes().size() + " themes; " + completedOrOngoing //$NON-NLS-1$ //$NON-NLS-2$
				+ " of them are completed, in progress or on-going, and " + overdue //$NON-NLS-1$
				+ " have passed the end of their timeframe without being completed. The status of each activity is given in the Annex."); //$NON-NLS-1$
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
		heading(rows, "Recommendations"); //$NON-NLS-1$
		paragraph(rows, number, recommendations);
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
		List<Map<String, Object>> paragraphs = new ArrayList<>();
		int section = 0;
		String heading = ""; //$NON-NLS-1$
		for (Map<String, Object> row : paragraphs()) {
			if (!part.equals(row.get("part"))) { //$NON-NLS-1$
				continue;
			}
			if ("heading".equals(row.get("kind"))) { //$NON-NLS-1$ //$NON-NLS-2$
				section++;
				heading = (String) row.get("text"); //$NON-NLS-1$
			} else {
				Map<String, Object> paragraph = new LinkedHashMap<>(row);
				paragraph.put("section", String.format("%03d", section)); //$NON-NLS-1$ //$NON-NLS-2$
				paragraph.put("heading", heading); //$NON-NLS-1$
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/** "Changes since SC62 (Geneva (Switzerland), 23-27 July 2012)"; null without changes. */
	public String changesHeading() {
		if (changes == null) {
			return null;
		}
		ReportingCycle since = changes.since();
		String where = since.getMeeting() == null ? "" : placeAndDates(since.getMeeting()); //$NON-NLS-1$
		return "Changes since " + Cycles.label(since) + (where.isEmpty() ? "" : " (" + where + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void changesSection(List<Map<String, Object>> rows, int[] number) {
		List<ActivityChange> changed = changes.comparison().changes();
		String since = Cycles.label(changes.since());
		if (changed.isEmpty()) {
			paragraph(rows, number, "Since " + since + ", no activity has changed its status, timeframe or lead, none has been " //$NON-NLS-1$ //$NON-NLS-2$
					+ "added or removed, and no progress has been reported."); //$NON-NLS-1$
			return;
		}
		paragraph(rows, number, "Since " + since + ", " + changed.size() //$NON-NLS-1$ //$NON-NLS-2$
				+ (changed.size() == 1 ? " activity has changed" : " activities have changed") //$NON-NLS-1$ //$NON-NLS-2$
				+ "; the Annex marks each of them in its column \"Change since " + since + "\"."); //$NON-NLS-1$ //$NON-NLS-2$
		for (ActivityChange change : changed) {
			String code = change.code() == null ? "An activity without a code" : change.code(); // a damaged record //$NON-NLS-1$
			paragraph(rows, number, code + ". " + sentence(change.summary())); //$NON-NLS-1$
		}
	}

	private static String sentence(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + "."; //$NON-NLS-1$
	}

	/** Paragraphs of a hand-written narrative: separated by blank lines, lines within one joined. */
	private static void narrative(List<Map<String, Object>> rows, int[] number, String text) {
		if (text != null && !text.isBlank()) {
			for (String part : text.strip().split("\\n\\s*\\n")) { //$NON-NLS-1$
				paragraph(rows, number, part.strip().replaceAll("\\s*\\n\\s*", " ")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * When the programme has a successor: a section saying which activities go on in it
	 * ("Carried forward", "The 29 activities not completed ... A1, A3, ...").
	 */
	private void carriedForward(List<Map<String, Object>> rows, int[] number) {
		if (programme.getSuccessor() == null || programme.getSuccessor().isBlank()) {
			return;
		}
		List<String> codes = programme.activities().stream()
				.filter(a -> a.getCarriedForwardTo() != null && !a.getCarriedForwardTo().isBlank()).map(Activity::getCode).toList();
		heading(rows, "Carried forward"); //$NON-NLS-1$
		paragraph(rows, number, codes.isEmpty() ? "No activity was carried forward to the " + programme.getSuccessor() + "." //$NON-NLS-1$ //$NON-NLS-2$
				: (codes.size() == 1 ? "One activity was" : codes.size() + " activities were") //$NON-NLS-1$ //$NON-NLS-2$
						+ " carried forward to the " + programme.getSuccessor() + ": " + String.join(", ", codes) + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * What a body did with the programme, from the programme's adoptions: the committee's own latest
	 * act, else the latest adoption or endorsement by another body, naming it ("At its 38th meeting
	 * (November 2011), the CMS Standing Committee adopted the ..."); a plain sentence when none is
	 * recorded.
	 */
	String adoptionSentence() {
		String what = programme.getTitle() + " (document " + programme.getDocumentSymbol() + "), which covers the period " //$NON-NLS-1$ //$NON-NLS-2$
				+ programme.getPeriodStart() + "-" + programme.getPeriodEnd() + "."; //$NON-NLS-1$ //$NON-NLS-2$
		Adoption adoption = adoption();
		if (adoption == null) {
			return "The " + what; //$NON-NLS-1$
		}
		String when = adoption.getMeeting() != null ? "At its " + numberedMeeting(adoption.getMeeting()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
				: adoption.getDate() != null ? "On " + longDate(adoption.getDate()) + ", " : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String who = adoption.getBody() == committee.body() ? "the " + committee.committeeName() //$NON-NLS-1$
				: "the " + adoption.getBody().getName(); //$NON-NLS-1$
		String did = switch (adoption.getKind()) {
		case ENDORSED -> " endorsed the "; //$NON-NLS-1$
		case NOTED -> " took note of the "; //$NON-NLS-1$
		case ENDORSEMENT_REQUESTED -> " was invited to endorse the "; //$NON-NLS-1$
		default -> " adopted the "; //$NON-NLS-1$
		};
		String sentence = when + who + did + what;
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private Adoption adoption() {
		Comparator<Adoption> latest = Comparator.comparing(ProgressReportData::adoptionDate, Comparator.nullsFirst(Comparator.naturalOrder()));
		List<Adoption> withBody = programme.getAdoptions().stream().filter(a -> a.getBody() != null).toList();
		return withBody.stream().filter(a -> a.getBody() == committee.body()).max(latest)
				.or(() -> withBody.stream().filter(a -> a.getKind() == AdoptionKind.ADOPTED || a.getKind() == AdoptionKind.ENDORSED).max(latest))
				.orElse(null);
	}

	/** When an act took place, as far as the model knows (its date, its meeting's first day, the meeting's year). */
	private static LocalDate adoptionDate(Adoption adoption) {
		if (adoption.getDate() != null) {
			return adoption.getDate();
		}
		Meeting meeting = adoption.getMeeting();
		if (meeting == null) {
			return null;
		}
		return meeting.getStartDate() != null ? meeting.getStartDate() : meeting.getYear() > 0 ? LocalDate.of(meeting.getYear(), 1, 1) : null;
	}

	/** "62nd meeting (Geneva, July 2012)", "38th meeting (November 2011)". */
	private static String numberedMeeting(Meeting meeting) {
		String name = meeting.getNumber() > 0 ? numbered(meeting.getNumber()) + " meeting" : "meeting"; //$NON-NLS-1$ //$NON-NLS-2$
		String place = meeting.getPlace() == null ? "" : meeting.getPlace().replaceAll("\\s*\\(.*\\)", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String date = meeting.getStartDate() != null ? DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(meeting.getStartDate()) //$NON-NLS-1$
				: meeting.getWhen() != null && meeting.getWhen().matches(".*\\d{4}.*") ? meeting.getWhen() //$NON-NLS-1$
						: meeting.getYear() > 0 ? Integer.toString(meeting.getYear()) : ""; //$NON-NLS-1$
		String details = String.join(", ", java.util.stream.Stream.of(place, date).filter(part -> !part.isEmpty()).toList()); //$NON-NLS-1$
		return details.isEmpty() ? name : name + " (" + details + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** 1st, 2nd, 3rd, 11th, 62nd. */
	static String numbered(int n) {
		int lastTwo = n % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" //$NON-NLS-1$
				: switch (n % 10) {
				case 1 -> "st"; //$NON-NLS-1$
				case 2 -> "nd"; //$NON-NLS-1$
				case 3 -> "rd"; //$NON-NLS-1$
				default -> "th"; //$NON-NLS-1$
				};
		return n + suffix;
	}

	private String themeSummary(Theme theme) {
		Map<ActivityStatus, Integer> counts = new LinkedHashMap<>();
		for (Activity activity : theme.activities()) {
			counts.merge(activity.getStatus(), 1, Integer::sum);
		}
		StringBuilder text = new StringBuilder("Theme ").append(theme.getLetter()).append(" (") //$NON-NLS-1$ //$NON-NLS-2$
				.append(theme.getShortName() != null ? theme.getShortName() : theme.getName()).append(") has ") //$NON-NLS-1$
				.append(theme.activities().size()).append(" activities: "); //$NON-NLS-1$
		List<String> parts = new ArrayList<>();
		counts.forEach((status, n) -> parts.add(n + " " + status.getLiteral())); //$NON-NLS-1$
		return text.append(String.join(", ", parts)).append('.').toString(); //$NON-NLS-1$
	}

	/** The caption under the chart of the summary of progress. */
	public String chartCaption() {
		return "Activities by theme and status as at " + longDate(reportingDate); //$NON-NLS-1$
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
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Theme> themes = programme.getThemes();
		for (int t = 0; t < themes.size(); t++) {
			Theme theme = themes.get(t);
			List<ActivityGroup> groups = theme.getGroups();
			for (int g = 0; g < groups.size(); g++) {
				ActivityGroup group = groups.get(g);
				for (Activity activity : group.getActivities()) {
					Map<String, Object> row = new LinkedHashMap<>();
					// BIRT sorts groups by their key: keys in document order keep the document's order
					row.put("themeKey", String.format("%03d", t)); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("groupKey", String.format("%03d/%03d", t, g)); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("theme", theme.getLetter() + ". " + theme.getName()); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("group", group.getName() == null ? "" : group.getName()); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("code", activity.getCode()); //$NON-NLS-1$
					row.put("activity", ActivityText.withSubItems(activity)); //$NON-NLS-1$
					row.put("timeframe", activity.getTimeframe() == null ? "" : Timeframes.wording(activity.getTimeframe())); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("lead", activity.getLead().getLiteral()); //$NON-NLS-1$
					row.put("status", activity.getStatus().getLiteral()); //$NON-NLS-1$
					ProgressEntry latest = activity.latestProgress();
					row.put("progress", latest == null || latest.getNarrative() == null ? "" : latest.getNarrative()); //$NON-NLS-1$ //$NON-NLS-2$
					boolean overdue = activity.isOverdue(reportingDate);
					row.put("overdue", overdue ? "overdue" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					row.put("statusText", activity.getStatus().getLiteral() + (overdue ? " (overdue)" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ActivityChange change = changes == null ? null : changes.comparison().changeOf(activity.getId());
					row.put("change", change == null ? "" : change.summary()); //$NON-NLS-1$ //$NON-NLS-2$
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/**
	 * The heading of the Annex's change column ("Change since SC62"), or "" when nothing changed,
	 * which hides the column.
	 */
	public String changeColumnHeading() {
		return changes == null || changes.comparison().isEmpty() ? "" : "Change since " + Cycles.label(changes.since()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The Convention's name for the first page. */
	public String conventionName() {
		return committee.conventionName();
	}

	/**
	 * True when the committee's documents have the UNEP/CMS Secretariat's first page (see
	 * {@code docs/report-layouts.md}): emblem and distribution block, the meeting in capitals, the agenda
	 * item, a summary, and the numbered text from page 2; false for the CITES Secretariat's.
	 */
	public boolean cmsLayout() {
		return committee.layout() == DocumentLayout.CMS;
	}

	/** CMS layout: "40th MEETING OF THE STANDING COMMITTEE". */
	public String meetingLineInCapitals() {
		String name = (committee.committeeName()).toUpperCase(Locale.ENGLISH);
		return meeting == null || meeting.getNumber() <= 0 ? "MEETING OF THE " + name //$NON-NLS-1$
				: numbered(meeting.getNumber()) + " MEETING OF THE " + name; //$NON-NLS-1$
	}

	/** CMS layout: "Bonn, Germany, 3-4 November 2014" (the country after a comma, not in brackets). */
	public String meetingPlaceAndDatesWithCommas() {
		return meetingPlaceAndDates().replaceAll("\\s*\\(([^)]*)\\)", ", $1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** CMS layout: "Agenda Item 14.3", from the symbol; empty when the symbol names no item. */
	public String agendaItemLine() {
		String item = agendaItem(symbol);
		return item == null ? "" : "Agenda Item " + item; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The agenda item a symbol names: what follows its last "Doc." ("14.3"); null when it names none. */
	static String agendaItem(String documentSymbol) {
		if (documentSymbol != null) {
			int doc = documentSymbol.lastIndexOf("Doc."); //$NON-NLS-1$
			if (doc >= 0) {
				String item = documentSymbol.substring(doc + 4).strip().split("[/ ]")[0]; //$NON-NLS-1$
				return item.isEmpty() ? null : item;
			}
		}
		return null;
	}

	/** CMS layout: the summary on page 1, what the document is and what the committee is asked to do. */
	public String summary() {
		return "This document reports on the implementation of the " + programme.getTitle() + " as at " //$NON-NLS-1$ //$NON-NLS-2$
				+ longDate(reportingDate) + ". " + recommendations; //$NON-NLS-1$
	}

	/** CMS layout: the line under the title on page 2, "(Prepared by the UNEP/CMS Secretariat)". */
	public String preparedBy() {
		return "(Prepared by the " + author + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The reporting date in words ("31 December 2014"). */
	public String reportingDateText() {
		return longDate(reportingDate);
	}

	private static String longDate(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date); //$NON-NLS-1$
	}

	private static void heading(List<Map<String, Object>> rows, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", "heading"); //$NON-NLS-1$ //$NON-NLS-2$
		row.put("number", ""); //$NON-NLS-1$ //$NON-NLS-2$
		row.put("text", text); //$NON-NLS-1$
		rows.add(row);
	}

	private static void paragraph(List<Map<String, Object>> rows, int[] number, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", "paragraph"); //$NON-NLS-1$ //$NON-NLS-2$
		row.put("number", ++number[0] + "."); //$NON-NLS-1$
		row.put("text", text); //$NON-NLS-1$
		rows.add(row);
	}
}
