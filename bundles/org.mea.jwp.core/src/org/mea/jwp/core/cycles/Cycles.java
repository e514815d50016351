package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mea.jwp.model.Body;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/** Finding and ordering the reporting cycles of a programme. */
public final class Cycles {

	private Cycles() {
	}

	/** The cycle with {@code id}, if there is one. */
	public static Optional<ReportingCycle> find(Programme programme, String id) {
		return programme.getCycles().stream().filter(c -> id.equals(c.getId())).findFirst();
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
