package org.mea.jwp.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.mea.jwp.core.MeetingCalendar;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingObligation;
import org.mea.jwp.model.Translatable;
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
		SPECIES("species"), //$NON-NLS-1$
		/** Meetings by year with the activities and reports due at each. */
		CALENDAR("calendar"); //$NON-NLS-1$

		private final String design;

		Kind(String design) {
			this.design = design;
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
	private Wording wording = Wording.english();

	public ListingReport(Programme programme, Kind kind) {
		this.programme = programme;
		this.kind = kind;
		this.reportingDate = Objects.requireNonNullElseGet(Cycles.programmeEnd(programme), LocalDate::now);
	}

	public ListingReport reportingDate(LocalDate value) {
		reportingDate = value;
		return this;
	}

	/**
	 * The language of the fixed words: "en" (or blank), "fr", "es".
	 *
	 * @throws ReportException for another language
	 */
	public ListingReport language(String value) throws ReportException {
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
		ReportService.get().renderDesign(kind.design, data(), format, output);
	}

	/** The content of a listing report. */
	public final class Data {

		/** The report's title, in capitals. */
		public String title() {
			return wording.text(kind.design + ".title"); //$NON-NLS-1$
		}

		/** The programme and the date ("… as at 31 December 2014"). */
		public String subtitle() {
			return wording.text("listing.subtitle", programme.getTitle(), wording.date(reportingDate)); //$NON-NLS-1$
		}

		/** The running footer's text before the page number. */
		public String footer() {
			return wording.text(kind.design + ".footer"); //$NON-NLS-1$
		}

		/** A fixed text of the design in the report's language ("column.taxon"); see {@link Wording#text}. */
		public String word(String key) {
			return wording.text(key);
		}

		/** The report's language: "en", "fr", "es". */
		public String language() {
			return wording.language();
		}

		/** The rows: one map per line of the listing, keys as the design's columns. */
		public List<Map<String, Object>> rows() {
			return kind == Kind.SPECIES ? species() : calendar();
		}

		private List<Map<String, Object>> species() {
			boolean english = wording.language().equals("en"); //$NON-NLS-1$
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SpeciesConcordance.Entry entry : SpeciesConcordance.of(programme, reportingDate)) {
				Map<String, Object> row = new LinkedHashMap<>();
				// a lower taxon is indented under the higher one that includes it (the report shows no tree)
				row.put("taxon", "\u2003".repeat(entry.depth()) + entry.nameAsPrinted()); //$NON-NLS-1$ //$NON-NLS-2$
				row.put("common", entry.commonNames()); //$NON-NLS-1$
				row.put("rank", english ? entry.rank() : wording.text("rank." + entry.taxon().getRank().getName())); //$NON-NLS-1$ //$NON-NLS-2$
				row.put("citesName", entry.citesName()); //$NON-NLS-1$
				row.put("citesAppendix", appendix(entry.citesAppendix())); //$NON-NLS-1$
				row.put("cmsName", entry.cmsName()); //$NON-NLS-1$
				row.put("cmsAppendix", appendix(entry.cmsAppendix())); //$NON-NLS-1$
				row.put("activities", entry.activities()); //$NON-NLS-1$
				row.put("differences", english ? entry.differences() : differences(entry.differences())); //$NON-NLS-1$
				rows.add(row);
			}
			return rows;
		}

		/** An appendix as the concordance gives it ("II", "I and II", "not listed"), in the report's language. */
		private String appendix(String listing) {
			return listing.equals(AppendixListing.BOTH.getLiteral()) ? wording.text("appendix.both") //$NON-NLS-1$
					: listing.equals(AppendixListing.NOT_LISTED.getLiteral()) ? wording.text("appendix.notListed") //$NON-NLS-1$
							: listing;
		}

		/** Where the Conventions differ ("names, appendices"), in the report's language. */
		private String differences(String english) {
			return english.replace("names", wording.text("differ.names")).replace("appendices", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
					wording.text("differ.appendices")); //$NON-NLS-1$
		}

		/** When a meeting is: as the programme words it; in another language, its dates as the language prints them when known. */
		private String when(Meeting meeting) {
			if (!wording.language().equals("en") && meeting.getStartDate() != null) { //$NON-NLS-1$
				return wording.days(meeting.getStartDate(), meeting.getEndDate());
			}
			return meeting.getWhen() == null ? "" : meeting.getWhen(); //$NON-NLS-1$
		}

		/** A text of the programme in the report's language when it has an up-to-date translation, else the original. */
		private String translated(Translatable element, EAttribute attribute) {
			String translated = wording.language().equals("en") ? null //$NON-NLS-1$
					: Translations.text(element, attribute, wording.language());
			return translated != null ? translated : (String) element.eGet(attribute);
		}

		private List<Map<String, Object>> calendar() {
			List<Map<String, Object>> rows = new ArrayList<>();
			List<MeetingCalendar.Year> years = MeetingCalendar.of(programme);
			for (int y = 0; y < years.size(); y++) {
				for (Meeting meeting : years.get(y).meetings()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("yearKey", String.format("%03d", y)); // groups sort by key: keep the calendar's order //$NON-NLS-1$ //$NON-NLS-2$
					String year = years.get(y).label();
					row.put("year", year.equals(MeetingCalendar.UNDATED) ? wording.text("calendar.undated") : year); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("when", when(meeting)); //$NON-NLS-1$
					row.put("meeting", translated(meeting, Literals.MEETING__NAME) //$NON-NLS-1$
							+ (meeting.getPlace() == null ? "" : ", " + translated(meeting, Literals.MEETING__PLACE))); //$NON-NLS-1$ //$NON-NLS-2$
					String symbol = meeting.getBody() == null ? "" : MeetingOperations.symbol(meeting); //$NON-NLS-1$
					row.put("symbol", symbol.equals(meeting.getName()) ? "" : symbol); // no abbreviation: the name says it //$NON-NLS-1$ //$NON-NLS-2$
					List<Activity> activities = MeetingCalendar.activitiesAt(programme, meeting);
					List<ReportingObligation> reports = MeetingCalendar.reportsAt(programme, meeting);
					List<String> due = new ArrayList<>();
					if (!activities.isEmpty()) {
						due.add(wording.text("calendar.activities", //$NON-NLS-1$
								activities.stream().map(Activity::getCode).collect(Collectors.joining(", ")))); //$NON-NLS-1$
					}
					reports.forEach(
							r -> due.add(r.getDueText() == null ? wording.text("calendar.report", r.getDescription()) //$NON-NLS-1$
									: wording.text("calendar.reportDue", r.getDueText(), r.getDescription()))); //$NON-NLS-1$
					row.put("due", String.join(wording.text("calendar.separator"), due)); //$NON-NLS-1$ //$NON-NLS-2$
					rows.add(row);
				}
			}
			return rows;
		}
	}
}
