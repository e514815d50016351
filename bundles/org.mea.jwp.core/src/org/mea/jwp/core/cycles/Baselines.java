package org.mea.jwp.core.cycles;

import java.time.LocalDate;
import java.util.List;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;

/**
 * Taking the record of a programme that a baseline keeps. The same record, taken of the programme
 * as it is now and never stored, stands for "the current model" when comparing.
 */
public final class Baselines {

	private Baselines() {
	}

	/**
	 * A new baseline, not contained anywhere, with one entry per activity of {@code programme} as it
	 * is now; {@code date} is the date it stands for, {@code recordedOn} the day it is taken.
	 */
	public static Baseline snapshot(Programme programme, LocalDate date, LocalDate recordedOn) {
		Baseline baseline = JwpFactory.eINSTANCE.createBaseline();
		baseline.setDate(date);
		baseline.setRecordedOn(recordedOn);
		for (Activity activity : programme.activities()) {
			baseline.getEntries().add(entryOf(activity));
		}
		return baseline;
	}

	/** What {@code activity} is now, as a baseline entry. */
	public static BaselineEntry entryOf(Activity activity) {
		BaselineEntry entry = JwpFactory.eINSTANCE.createBaselineEntry();
		entry.setActivityId(activity.getId());
		entry.setCode(activity.getCode());
		entry.setText(activity.getText());
		Theme theme = activity.getTheme();
		entry.setTheme(theme == null ? null : theme.getLetter());
		entry.setStatus(activity.getStatus());
		entry.setLead(activity.getLead());
		entry.setTimeframe(activity.getTimeframe() == null ? null : activity.getTimeframe().describe());
		List<String> species = activity.getSpecies().stream().map(Taxon::getId).toList();
		entry.getSpecies().addAll(species);
		entry.setProgressCount(activity.getProgress().size());
		ProgressEntry latest = activity.latestProgress();
		if (latest != null) {
			entry.setProgressDate(latest.getDate());
			entry.setProgressNarrative(latest.getNarrative());
		}
		return entry;
	}
}
