package org.mea.jwp.reports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;

import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.operations.MeetingOperations;

/**
 * The progress report to a Standing Committee ({@code designs/progress.rptdesign}): what it needs
 * (committee, meeting, document symbol, reporting date, author, recommendations, agenda heading),
 * sensible defaults for each, and rendering.
 */
public final class ProgressReport {

	private final Programme programme;
	private Committee committee = Committee.CITES_SC;
	private Meeting meeting;
	private String symbol;
	private LocalDate reportingDate = LocalDate.of(2014, 12, 31);
	private String author;
	private String recommendations;
	private String agenda;

	public ProgressReport(Programme programme) {
		this.programme = programme;
	}

	public ProgressReport committee(Committee value) {
		committee = value;
		return this;
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

	public ProgressReport agenda(String value) {
		agenda = value;
		return this;
	}

	/** The meeting reported to: the one chosen, else the committee's latest meeting in the programme. */
	public Meeting effectiveMeeting() {
		if (meeting != null) {
			return meeting;
		}
		return programme.getMeetings().stream()
				.filter(m -> m.getBody() != null && committee.bodyId().equals(m.getBody().getId()))
				.max(Comparator.comparingInt(Meeting::getYear).thenComparingInt(Meeting::getNumber)).orElse(null);
	}

	/**
	 * The document symbol: the one given, else the committee's form for the meeting and the
	 * agenda item of the joint work programme ("SC65 Doc. 14.3", "UNEP/CMS/StC40/Doc.14.3").
	 */
	public String effectiveSymbol() {
		if (symbol != null && !symbol.isBlank()) {
			return symbol.strip();
		}
		Meeting target = effectiveMeeting();
		String meetingSymbol = target == null ? committee.abbreviation() : MeetingOperations.symbol(target);
		return committee == Committee.CITES_SC ? meetingSymbol + " Doc. 14.3" : "UNEP/CMS/" + meetingSymbol + "/Doc.14.3"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The data the design lays out. */
	public ProgressReportData data() {
		return new ProgressReportData(programme, committee, effectiveMeeting(), reportingDate, author, recommendations,
				effectiveSymbol(), agenda);
	}

	/** Renders the report to {@code output}. */
	public void render(ReportFormat format, OutputStream output) throws ReportException {
		ReportService.get().renderDesign("progress", data(), format, output); //$NON-NLS-1$
	}
}
