package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mea.jwp.model.Body;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/**
 * Finding and ordering the reporting cycles of a programme. A cycle is found by its id or by the
 * meeting it reports to ({@code SC62}), so that the command line and the workbench take the names
 * people use.
 */
public final class Cycles {

	private Cycles() {
	}

	/**
	 * The one cycle {@code idOrMeeting} names (see {@link #matching}); empty when it names none, or
	 * several ({@link #notFound} says which).
	 */
	public static Optional<ReportingCycle> find(Programme programme, String idOrMeeting) {
		List<ReportingCycle> matching = matching(programme, idOrMeeting);
		return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
	}

	/**
	 * The cycles {@code idOrMeeting} names, as people type it: the cycle with that id
	 * ({@code cycle-sc62}); else, ignoring case and spaces, those whose id, meeting symbol
	 * ({@code SC62}, {@code sc62}, {@code StC 40}), meeting id or {@link #label} it is. Several when
	 * two cycles share a meeting's name (e.g. two "COP10" of different Conventions).
	 */
	public static List<ReportingCycle> matching(Programme programme, String idOrMeeting) {
		if (idOrMeeting == null || idOrMeeting.isBlank()) {
			return List.of();
		}
		String wanted = idOrMeeting.strip();
		List<ReportingCycle> byId = programme.getCycles().stream().filter(c -> wanted.equals(c.getId())).toList();
		if (!byId.isEmpty()) {
			return byId;
		}
		String key = key(wanted);
		return programme.getCycles().stream().filter(c -> names(c).stream().anyMatch(name -> key.equals(key(name))))
				.toList();
	}

	/**
	 * One line on why {@code idOrMeeting} names no single cycle, listing those there are by id and by
	 * meeting: "unknown cycle "SC99"; the cycles of this programme are: cycle-sc62, cycle-sc65; or by
	 * meeting: SC62, SC65", or "cycle "COP10" is ambiguous: ...; give its id". English, for the
	 * command line and the reports' messages.
	 */
	public static String notFound(Programme programme, String idOrMeeting) {
		List<ReportingCycle> matching = matching(programme, idOrMeeting);
		if (matching.size() > 1) {
			return "cycle \"" + idOrMeeting + "\" is ambiguous: " //$NON-NLS-1$ //$NON-NLS-2$
					+ matching.stream().map(c -> c.getId() + " (" + label(c) + ")").collect(Collectors.joining(", ")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "; give its id"; //$NON-NLS-1$
		}
		List<ReportingCycle> cycles = programme.getCycles();
		if (cycles.isEmpty()) {
			return "unknown cycle \"" + idOrMeeting + "\"; the programme has no reporting cycles"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String meetings = cycles.stream().filter(c -> c.getMeeting() != null).map(Cycles::label)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		return "unknown cycle \"" + idOrMeeting + "\"; the cycles of this programme are: " //$NON-NLS-1$ //$NON-NLS-2$
				+ cycles.stream().map(ReportingCycle::getId).collect(Collectors.joining(", ")) //$NON-NLS-1$
				+ (meetings.isEmpty() ? "" : "; or by meeting: " + meetings); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What a cycle may be called by: id, meeting symbol and id, label. */
	private static List<String> names(ReportingCycle cycle) {
		List<String> names = new ArrayList<>();
		names.add(cycle.getId());
		Meeting meeting = cycle.getMeeting();
		if (meeting != null) {
			names.add(meeting.symbol());
			names.add(meeting.getId());
		}
		names.add(label(cycle));
		return names;
	}

	/** "StC 40" and "stc40" are the same name. */
	private static String key(String name) {
		return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The last day of the programme's period (31 December of its last year): the reporting date of
	 * a report that names neither a date, nor a cycle, nor a meeting with a date; null for a
	 * programme without a period.
	 */
	public static LocalDate programmeEnd(Programme programme) {
		return programme.getPeriodEnd() > 0 ? LocalDate.of(programme.getPeriodEnd(), 12, 31) : null;
	}

	/**
	 * The date a cycle stands at: its reporting date, else the first day of its meeting, else
	 * {@code null}.
	 */
	public static LocalDate dateOf(ReportingCycle cycle) {
		if (cycle.getReportingDate() != null) {
			return cycle.getReportingDate();
		}
		Meeting meeting = cycle.getMeeting();
		return meeting == null ? null : meeting.getStartDate();
	}

	/**
	 * The cycle whose baseline a report for {@code cycle} is compared with: the latest earlier cycle
	 * of the same committee that has a baseline, else the latest earlier cycle of any committee with
	 * one (so that the first CMS report is compared with the baseline at adoption), else none.
	 */
	public static Optional<ReportingCycle> previous(ReportingCycle cycle) {
		if (!(cycle.eContainer() instanceof Programme programme)) {
			return Optional.empty();
		}
		List<ReportingCycle> earlier = programme.getCycles().stream()
				.filter(c -> c != cycle && c.getBaseline() != null && isBefore(c, cycle))
				.sorted(Comparator.comparing(Cycles::dateOf, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
		Body committee = cycle.getCommittee();
		Optional<ReportingCycle> sameCommittee = earlier.stream().filter(c -> c.getCommittee() == committee)
				.reduce((a, b) -> b);
		return sameCommittee.isPresent() ? sameCommittee : earlier.stream().reduce((a, b) -> b);
	}

	/** Whether {@code a} comes before {@code b}: by date, else by their order in the programme. */
	private static boolean isBefore(ReportingCycle a, ReportingCycle b) {
		LocalDate da = dateOf(a);
		LocalDate db = dateOf(b);
		if (da != null && db != null && !da.equals(db)) {
			return da.isBefore(db);
		}
		List<ReportingCycle> all = ((Programme) b.eContainer()).getCycles();
		return all.indexOf(a) < all.indexOf(b);
	}

	/**
	 * A short name for the cycle: its meeting's symbol ("SC65"), else its document symbol, else
	 * "End of period" for the cycle of the final report, else its id.
	 */
	public static String label(ReportingCycle cycle) {
		Meeting meeting = cycle.getMeeting();
		String symbol = meeting == null ? null : meeting.symbol();
		if (symbol != null && !symbol.isBlank()) {
			return symbol;
		}
		if (cycle.getDocumentSymbol() != null && !cycle.getDocumentSymbol().isBlank()) {
			return cycle.getDocumentSymbol();
		}
		return cycle.isFinalReport() ? "End of period" : cycle.getId(); //$NON-NLS-1$
	}
}
