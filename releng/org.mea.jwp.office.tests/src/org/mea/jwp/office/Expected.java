package org.mea.jwp.office;

import java.util.List;
import java.util.stream.Stream;

import org.mea.jwp.reports.Committee;
import org.mea.jwp.reports.ProgressReport;

/**
 * What a reader must find in each of JWP Workbench's four designs whatever the format: the running
 * footer's words before the page number, and the column headings of its tables. Written here from
 * the designs' wording, not read from the files under test.
 */
record Expected(String design, String footer, List<List<String>> tables) {

	static final List<String> DESIGNS = List.of("progress", "status", "species", "calendar"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private static final List<String> BY_STATUS = List.of("All", "not started", "in progress", "on-going", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"completed", "deferred", "cancelled", "awaiting funding", "overdue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final List<String> ACTIVITIES = List.of("Code", "Activity", "Timeframe", "Lead", "Status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	static Expected of(String design) throws Exception {
		return switch (design) {
		case "progress" -> new Expected(design, //$NON-NLS-1$
				new ProgressReport(Renditions.programme())
						.committee(Committee.parse("body-cites-sc", Renditions.programme())).effectiveSymbol() //$NON-NLS-1$
						+ " \u2013 p.",
				List.of(List.of("Code", "Activity", "Timeframe", "Lead", "Status", "Progress"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		case "status" -> new Expected(design, "Status overview \u2013 p.", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(BY_STATUS, concat("Lead", BY_STATUS), ACTIVITIES, //$NON-NLS-1$
						List.of("Due", "State", "To", "Report due", "Activities"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		case "species" -> new Expected(design, "Species concordance \u2013 p.", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(List.of("Taxon", "Common names", "Rank", "CITES name", "CITES App.", "CMS name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
						"CMS App.", "Activities", "CITES/CMS differ"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "calendar" -> new Expected(design, "Meeting calendar and deadlines \u2013 p.", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(List.of("When", "Meeting", "Symbol", "Due at the meeting"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> throw new IllegalArgumentException(design);
		};
	}

	/** The tables whose headings {@code printed} does not show side by side, each with what comes closest. */
	List<String> tablesMissingIn(PdfLayout printed) {
		List<String> missing = new java.util.ArrayList<>();
		for (List<String> headings : tables) {
			Reader.headingRowMissing(printed, headings).ifPresent(why -> missing.add(headings + ": " + why)); //$NON-NLS-1$
		}
		return missing;
	}

	private static List<String> concat(String first, List<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}
}
