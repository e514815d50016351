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
import java.util.stream.Collectors;

import org.mea.jwp.core.MeetingCalendar;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingObligation;
import org.mea.jwp.model.operations.MeetingOperations;

/**
 * The listing reports: the species concordance ({@code designs/species.rptdesign}) and the meeting
 * calendar with what is due at each meeting ({@code designs/calendar.rptdesign}). Their rows come
 * from the same code as the Species Concordance and Meetings views, so report and view agree.
 */
public final class ListingReport {

	/** The listing designs. */
	public enum Kind {
		/** Taxa with CITES/CMS names, appendices, differences and activities. */
		SPECIES("species", "SPECIES CONCORDANCE"), //$NON-NLS-1$ //$NON-NLS-2$
		/** Meetings by year with the activities and reports due at each. */
		CALENDAR("calendar", "MEETING CALENDAR AND DEADLINES"); //$NON-NLS-1$ //$NON-NLS-2$

		private final String design;
		private final String title;

		Kind(String design, String title) {
			this.design = design;
			this.title = title;
		}

		/** The design's name ("species"), as the CLI and the wizard know it. */
		public String designName() {
			return design;
		}
	}

	private final Programme programme;
	private final Kind kind;
	/** Until one is given: the last day of the programme's period (today for a programme without one). */
	private LocalDate reportingDate;

	public ListingReport(Programme programme, Kind kind) {
		this.programme = programme;
		this.kind = kind;
		this.reportingDate = Objects.requireNonNullElseGet(Cycles.programmeEnd(programme), LocalDate::now);
	}

	public ListingReport reportingDate(LocalDate value) {
		reportingDate = value;
		return this;
	}

	/** What the design shows; exposed to its scripts under {@link ReportService#APP_CONTEXT_KEY}. */
	public Data data() {
		return new Data();
	}

	/** Renders the report to {@code output}. */
	public void render(ReportFormat format, OutputStream output) throws ReportException {
		ReportService.get().renderDesign(kind.design, data(), format, output);
	}

	/** The content of a listing report. */
	public final class Data {

		/** The report's title, in capitals. */
		public String title() {
			return kind.title;
		}

		/** The programme and the date ("… as at 31 December 2014"). */
		public String subtitle() {
			return programme.getTitle() + " \u2014 as at " //$NON-NLS-1$
					+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(reportingDate); //$NON-NLS-1$
		}

		/** The running footer's text before the page number. */
		public String footer() {
			return kind.title.charAt(0) + kind.title.substring(1).toLowerCase(Locale.ENGLISH) + " \u2013 p."; //$NON-NLS-1$
		}

		/** The rows: one map per line of the listing, keys as the design's columns. */
		public List<Map<String, Object>> rows() {
			return kind == Kind.SPECIES ? species() : calendar();
		}

		private List<Map<String, Object>> species() {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SpeciesConcordance.Entry entry : SpeciesConcordance.of(programme, reportingDate)) {
				Map<String, Object> row = new LinkedHashMap<>();
				// a lower taxon is indented under the higher one that includes it (the report shows no tree)
				row.put("taxon", "\u2003".repeat(entry.depth()) + entry.nameAsPrinted()); //$NON-NLS-1$ //$NON-NLS-2$
				row.put("common", entry.commonNames()); //$NON-NLS-1$
				row.put("rank", entry.rank()); //$NON-NLS-1$
				row.put("citesName", entry.citesName()); //$NON-NLS-1$
				row.put("citesAppendix", entry.citesAppendix()); //$NON-NLS-1$
				row.put("cmsName", entry.cmsName()); //$NON-NLS-1$
				row.put("cmsAppendix", entry.cmsAppendix()); //$NON-NLS-1$
				row.put("activities", entry.activities()); //$NON-NLS-1$
				row.put("differences", entry.differences()); //$NON-NLS-1$
				rows.add(row);
			}
			return rows;
		}

		private List<Map<String, Object>> calendar() {
			List<Map<String, Object>> rows = new ArrayList<>();
			List<MeetingCalendar.Year> years = MeetingCalendar.of(programme);
			for (int y = 0; y < years.size(); y++) {
				for (Meeting meeting : years.get(y).meetings()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("yearKey", String.format("%03d", y)); // groups sort by key: keep the calendar's order //$NON-NLS-1$ //$NON-NLS-2$
					row.put("year", years.get(y).label()); //$NON-NLS-1$
					row.put("when", meeting.getWhen() == null ? "" : meeting.getWhen()); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("meeting", meeting.getName() + (meeting.getPlace() == null ? "" : ", " + meeting.getPlace())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					String symbol = meeting.getBody() == null ? "" : MeetingOperations.symbol(meeting); //$NON-NLS-1$
					row.put("symbol", symbol.equals(meeting.getName()) ? "" : symbol); // no abbreviation: the name says it //$NON-NLS-1$ //$NON-NLS-2$
					List<Activity> activities = MeetingCalendar.activitiesAt(programme, meeting);
					List<ReportingObligation> reports = MeetingCalendar.reportsAt(programme, meeting);
					List<String> due = new ArrayList<>();
					if (!activities.isEmpty()) {
						due.add("Activities " + activities.stream().map(Activity::getCode).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
					}
					reports.forEach(r -> due.add("Report" + (r.getDueText() == null ? "" : " " + r.getDueText()) + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ r.getDescription()));
					row.put("due", String.join("; ", due)); //$NON-NLS-1$ //$NON-NLS-2$
					rows.add(row);
				}
			}
			return rows;
		}
	}
}
