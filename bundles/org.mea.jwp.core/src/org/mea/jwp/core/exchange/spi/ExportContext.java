package org.mea.jwp.core.exchange.spi;

import java.time.LocalDate;

import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Programme;

/**
 * What an export is written for beyond the programme itself: for now, the date whose listings the
 * taxa carry. The workbench passes its reporting date, {@code jwp export --as-at} the date given.
 *
 * @param asAt the date on which a taxon's listings are taken (those in force then); null for the
 *            listings recorded as current (those without an end)
 */
public record ExportContext(LocalDate asAt) {

	/**
	 * The context of an export that names no date: the listings in force on the last day of the
	 * programme's period (31 December 2014 for the 2012–2014 programme, the reports' reporting date
	 * too), or those recorded as current for a programme without a period. Never "today": the same
	 * programme exports to the same bytes on any day.
	 */
	public static ExportContext of(Programme programme) {
		return new ExportContext(Cycles.programmeEnd(programme));
	}
}
