package org.mea.jwp.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;

/**
 * Activities counted per status, by theme or by lead secretariat: the rows behind the status tables
 * and the status charts of the designs. A row has {@code name}, {@code total} (true for the line
 * that sums the others), {@code all}, one column per status named after the status
 * ({@code NOT_STARTED}…) and {@code overdue}, all Integers (a chart's stacked axis needs numbers
 * in every row, so a status without activities is 0; tables hide the zeros).
 */
final class StatusCounts {

	private final Programme programme;
	private final LocalDate reportingDate;

	StatusCounts(Programme programme, LocalDate reportingDate) {
		this.programme = programme;
		this.reportingDate = reportingDate;
	}

	/** One row per theme ("A. Species"), then a total row when {@code withTotal}. */
	List<Map<String, Object>> byTheme(boolean withTotal) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Theme theme : programme.getThemes()) {
			String name = theme.getShortName() != null ? theme.getShortName() : theme.getName();
			rows.add(row(theme.getLetter() + ". " + name, false, theme.activities())); //$NON-NLS-1$
		}
		if (withTotal) {
			rows.add(row("Total", true, programme.activities())); //$NON-NLS-1$
		}
		return rows;
	}

	/** One row per lead secretariat that leads at least one activity. */
	List<Map<String, Object>> byLead() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (LeadSecretariat lead : LeadSecretariat.VALUES) {
			List<Activity> led = programme.activities().stream().filter(a -> a.getLead() == lead).toList();
			if (!led.isEmpty()) {
				rows.add(row(lead.getLiteral(), false, led));
			}
		}
		return rows;
	}

	private Map<String, Object> row(String name, boolean total, List<Activity> activities) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", name); //$NON-NLS-1$
		row.put("total", total); //$NON-NLS-1$
		row.put("all", activities.size()); //$NON-NLS-1$
		for (ActivityStatus status : ActivityStatus.VALUES) {
			row.put(status.getName(), count(activities.stream().filter(a -> a.getStatus() == status).count()));
		}
		row.put("overdue", count(activities.stream().filter(a -> a.isOverdue(reportingDate)).count())); //$NON-NLS-1$
		return row;
	}

	private static Integer count(long n) {
		return Integer.valueOf((int) n);
	}
}
