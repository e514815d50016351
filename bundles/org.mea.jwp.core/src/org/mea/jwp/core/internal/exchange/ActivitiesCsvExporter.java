package org.mea.jwp.core.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import org.mea.jwp.core.exchange.CsvWriter;
import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/**
 * Activities (CSV), {@code org.mea.jwp.core.activities.csv}: one row per activity in document
 * order with code, theme letter, group, text, timeframe as worded, lead, status, funding, whether
 * it is overdue and its latest progress. "Overdue" is judged at the end of the programme period
 * (31 December of its last year), the date validation uses when none is given, so the same
 * programme always exports the same file. The activities importer reads the file back.
 */
public class ActivitiesCsvExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		LocalDate reportingDate = programme.getPeriodEnd() > 0 ? LocalDate.of(programme.getPeriodEnd(), 12, 31) : null;
		CsvWriter csv = CsvWriter.on(output, "Code", "Theme", "Group", "Text", "Timeframe", "Lead", "Status", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"Funding", "Overdue", "Latest Progress"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Theme theme : programme.getThemes()) {
			for (ActivityGroup group : theme.getGroups()) {
				for (Activity activity : group.getActivities()) {
					csv.row(text(activity.getCode()), text(theme.getLetter()), text(group.getName()),
							text(activity.getText()),
							activity.getTimeframe() == null ? "" : text(Timeframes.wording(activity.getTimeframe())), //$NON-NLS-1$
							activity.getLead().getLiteral(), activity.getStatus().getLiteral(),
							activity.getFunding() == FundingCondition.NONE ? "" : activity.getFunding().getLiteral(), //$NON-NLS-1$
							activity.isOverdue(reportingDate) ? "yes" : "no", latestProgress(activity)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		csv.flush();
	}

	/** "2013-05-02: narrative", or "" when nothing was reported. */
	private static String latestProgress(Activity activity) {
		ProgressEntry latest = activity.latestProgress();
		if (latest == null) {
			return ""; //$NON-NLS-1$
		}
		String narrative = text(latest.getNarrative());
		return latest.getDate() == null ? narrative : latest.getDate() + ": " + narrative; //$NON-NLS-1$
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
