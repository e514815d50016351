package org.mea.jwp.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;

import org.mea.jwp.core.cycles.Baselines;
import org.mea.jwp.core.cycles.Comparison;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.operations.MeetingOperations;
import org.mea.jwp.reports.spi.ReportArguments;

/**
 * The progress report to a Standing Committee ({@code designs/progress.rptdesign}): what it needs
 * (committee, meeting, document symbol, reporting date, author, recommendations, agenda heading),
 * sensible defaults for each, and rendering.
 * <p>
 * Given a reporting cycle, the report is the cycle's: its committee, meeting, document symbol,
 * reporting date, introduction and recommendations come from the cycle (a value given explicitly
 * still wins), and the report says what changed since the previous cycle's baseline. Without a
 * cycle, it compares with the latest baseline recorded before the reporting date, if any.
 * <p>
 * The same settings make the programme's final report ({@link #finalReportData()}).
 */
public final class ProgressReport {

	private final Programme programme;
	private Committee committee;
	private Meeting meeting;
	private String symbol;
	private LocalDate reportingDate;
	private String author;
	private String recommendations;
	private String agenda;
	private ReportingCycle cycle;
	private Wording wording = Wording.english();

	/** A report on {@code programme}, to its first committee (see {@link Committee#first}) unless told otherwise. */
	public ProgressReport(Programme programme) {
		this.programme = programme;
		this.committee = Committee.first(programme);
	}

	public ProgressReport committee(Committee value) {
		committee = value;
		return this;
	}

	/** The committee reported to; null when the programme has none and none was given. */
	public Committee committee() {
		return committee;
	}

	/** The meeting by its id in the programme ("mtg-cites-sc-65"); null: the committee's latest. */
	public ProgressReport meeting(String id) throws ReportException {
		if (id == null) {
			meeting = null;
			return this;
		}
		meeting = programme.getMeetings().stream().filter(m -> id.equals(m.getId())).findFirst()
				.orElseThrow(() -> new ReportException("No meeting \"" + id + "\" in the programme")); //$NON-NLS-1$ //$NON-NLS-2$
		return this;
	}

	/**
	 * The reporting cycle by its id ("cycle-sc65"); null: none. Sets the committee from the cycle;
	 * call the other setters afterwards to override what the cycle says.
	 */
	public ProgressReport cycle(String id) throws ReportException {
		if (id == null || id.isBlank()) {
			cycle = null;
			return this;
		}
		cycle = Cycles.find(programme, id.strip()).orElseThrow(() -> new ReportException("No reporting cycle \"" + id //$NON-NLS-1$
				+ "\" in the programme; its cycles are: " //$NON-NLS-1$
				+ String.join(", ", programme.getCycles().stream().map(ReportingCycle::getId).toList()))); //$NON-NLS-1$
		Committee fromCycle = Committee.of(cycle.getCommittee() != null ? cycle.getCommittee()
				: cycle.getMeeting() == null ? null : cycle.getMeeting().getBody());
		if (fromCycle != null) {
			committee = fromCycle;
		}
		return this;
	}

	public ProgressReport symbol(String value) {
		symbol = value;
		return this;
	}

	public ProgressReport reportingDate(LocalDate value) {
		reportingDate = value;
		return this;
	}

	public ProgressReport author(String value) {
		author = value;
		return this;
	}

	public ProgressReport recommendations(String value) {
		recommendations = value;
		return this;
	}

	/**
	 * The language of the document's fixed words: "en" (or blank), "fr", "es".
	 *
	 * @throws ReportException for another language
	 */
	public ProgressReport language(String value) throws ReportException {
		try {
			wording = Wording.of(value);
		} catch (IllegalArgumentException e) {
			throw new ReportException(e.getMessage());
		}
		return this;
	}

	public ProgressReport agenda(String value) {
		agenda = value;
		return this;
	}

	/** The meeting reported to: the one chosen, else the cycle's, else the committee's latest meeting in the programme. */
	public Meeting effectiveMeeting() {
		if (meeting != null) {
			return meeting;
		}
		if (cycle != null && cycle.getMeeting() != null) {
			return cycle.getMeeting();
		}
		if (committee == null) {
			return null;
		}
		return programme.getMeetings().stream()
				.filter(m -> m.getBody() != null && committee.bodyId().equals(m.getBody().getId()))
				.max(Comparator.comparingInt(Meeting::getYear).thenComparingInt(Meeting::getNumber)).orElse(null);
	}

	/**
	 * The document symbol: the one given, else the cycle's, else the committee's pattern for the
	 * meeting and the agenda item under which the programme itself was presented ("14.3" of
	 * "SC62 Doc. 14.3": "SC65 Doc. 14.3", "UNEP/CMS/StC40/Doc.14.3").
	 */
	public String effectiveSymbol() {
		if (symbol != null && !symbol.isBlank()) {
			return symbol.strip();
		}
		if (cycle != null && cycle.getDocumentSymbol() != null && !cycle.getDocumentSymbol().isBlank()) {
			return cycle.getDocumentSymbol().strip();
		}
		if (committee == null) {
			return programme.getDocumentSymbol();
		}
		Meeting target = effectiveMeeting();
		String meetingSymbol = target == null ? committee.abbreviation() : MeetingOperations.symbol(target);
		String item = CommitteeDocument.agendaItem(programme.getDocumentSymbol());
		return committee.documentSymbol(meetingSymbol, item == null ? "x" : item); //$NON-NLS-1$
	}

	/**
	 * The reporting date: the one given, else the cycle's, else the first day of the meeting
	 * reported to, else the last day of the programme's period.
	 */
	public LocalDate effectiveReportingDate() {
		if (reportingDate != null) {
			return reportingDate;
		}
		if (cycle != null && Cycles.dateOf(cycle) != null) {
			return Cycles.dateOf(cycle);
		}
		Meeting target = effectiveMeeting();
		if (target != null && target.getStartDate() != null) {
			return target.getStartDate();
		}
		LocalDate end = Cycles.programmeEnd(programme);
		return end != null ? end : LocalDate.now();
	}

	/**
	 * What changed since the previous baseline: for a cycle, from the baseline of the cycle before it
	 * to the cycle's own baseline once recorded, else to the programme as it is; without a cycle, from
	 * the latest baseline before the reporting date to the programme as it is. {@code null} when there
	 * is no earlier baseline.
	 */
	public ProgressReportData.Changes changes() {
		LocalDate date = effectiveReportingDate();
		ReportingCycle previous = cycle != null ? Cycles.previous(cycle).orElse(null)
				: programme.getCycles().stream().filter(c -> c.getBaseline() != null)
						.filter(c -> Cycles.dateOf(c) == null || !Cycles.dateOf(c).isAfter(date))
						.reduce((a, b) -> b).orElse(null);
		if (previous == null) {
			return null;
		}
		Baseline later = cycle != null && cycle.getBaseline() != null ? cycle.getBaseline()
				: Baselines.snapshot(programme, date, LocalDate.now());
		return new ProgressReportData.Changes(previous, Comparison.of(previous.getBaseline(), later));
	}

	/** The data the design lays out. */
	public ProgressReportData data() {
		String introduction = cycle == null ? null : cycle.getIntroduction();
		String effectiveRecommendations = recommendations != null && !recommendations.isBlank() ? recommendations
				: cycle == null ? null : cycle.getRecommendations();
		if (committee == null) {
			throw new IllegalStateException(
					"The programme has no committee to report to: add a Standing Committee to its bodies"); //$NON-NLS-1$
		}
		return new ProgressReportData(programme, committee, effectiveMeeting(), effectiveReportingDate(), author,
				effectiveRecommendations, effectiveSymbol(), agenda).introduction(introduction).changes(changes())
				.in(wording);
	}

	/**
	 * The data of the programme's final report ({@code designs/final.rptdesign}) with these settings:
	 * without a cycle given, the cycle of the final report, if any; the reporting date is the one
	 * given, else the cycle's, else the last day of the programme's period.
	 */
	public FinalReportData finalReportData() {
		if (committee == null) {
			throw new IllegalStateException(
					"The programme has no committee to report to: add a Standing Committee to its bodies"); //$NON-NLS-1$
		}
		LocalDate date = reportingDate != null ? reportingDate
				: cycle != null && Cycles.dateOf(cycle) != null ? Cycles.dateOf(cycle)
						: Cycles.programmeEnd(programme) != null ? Cycles.programmeEnd(programme) : LocalDate.now();
		return new FinalReportData(programme, committee, effectiveMeeting(), date, author, recommendations,
				effectiveSymbol(), agenda)
				.in(wording);
	}

	/**
	 * A report with the settings a design's arguments give ({@code cycle}, {@code committee},
	 * {@code meeting}, {@code symbol}, {@code reportingDate}, {@code author}, {@code agenda},
	 * {@code recommendations}, {@code language}); {@code defaultCycle} when no cycle is given (null: none).
	 *
	 * @throws ReportException for an argument naming what the programme does not have, or a
	 *             programme without a committee
	 */
	public static ProgressReport of(Programme programme, ReportArguments arguments, String defaultCycle)
			throws ReportException {
		String cycle = arguments.text("cycle"); //$NON-NLS-1$
		ProgressReport report = new ProgressReport(programme)
				.cycle(cycle == null || cycle.isBlank() ? defaultCycle : cycle);
		if (arguments.committee("committee", programme) != null) { //$NON-NLS-1$
			report.committee(arguments.committee("committee", programme)); //$NON-NLS-1$
		}
		if (report.committee() == null) {
			throw new ReportException(
					"the programme has no committee to report to: add a Standing Committee to its bodies" //$NON-NLS-1$
							+ " (with its Convention title, Secretariat, document symbol pattern and layout)"); //$NON-NLS-1$
		}
		if (arguments.date("reportingDate") != null) { //$NON-NLS-1$
			report.reportingDate(arguments.date("reportingDate")); //$NON-NLS-1$
		}
		return report.meeting(arguments.text("meeting")).symbol(arguments.text("symbol")) //$NON-NLS-1$ //$NON-NLS-2$
				.author(arguments.text("author")).agenda(arguments.text("agenda")) //$NON-NLS-1$ //$NON-NLS-2$
				.recommendations(arguments.text("recommendations")).language(arguments.text("language")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Renders the report to {@code output}. */
	public void render(ReportFormat format, OutputStream output) throws ReportException {
		ReportService.get().renderDesign("progress", data(), format, output); //$NON-NLS-1$
	}
}
