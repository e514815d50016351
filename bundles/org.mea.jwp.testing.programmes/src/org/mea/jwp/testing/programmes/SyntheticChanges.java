package org.mea.jwp.testing.programmes;

import java.time.LocalDate;
import java.util.List;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;

/**
 * The edits one secretariat makes to a copy of a {@link SyntheticProgramme}, for the merge
 * benchmark and its test: status changes, edited texts, new progress entries, new activities and
 * renamed taxa, in equal shares. Side 0 and side 1 touch disjoint elements, so merging them is
 * clean and every edit must be found in the result.
 */
public final class SyntheticChanges {

	/** Kinds of edit, taken in turn. */
	public static final int KINDS = 5;

	private SyntheticChanges() {
	}

	/** Makes {@code count} edits to {@code programme} as side {@code side} (0 or 1). */
	public static void apply(Programme programme, int count, int side) {
		List<Activity> activities = programme.activities();
		List<Taxon> taxa = programme.getTaxa();
		for (int i = 0; i < count; i++) {
			Activity activity = activities.get((i * 10 + side * 5) % activities.size());
			switch (i % KINDS) {
			case 0 -> activity.setStatus(
					ActivityStatus.values()[(activity.getStatus().ordinal() + 1) % ActivityStatus.values().length]);
			case 1 -> activity.setText(activity.getText() + " (edited by side " + side + ")");
			case 2 -> activity.getProgress().add(entry(i, side));
			case 3 -> {
				ActivityGroup group = (ActivityGroup) activity.eContainer();
				group.getActivities().add(group.getActivities().indexOf(activity) + 1, newActivity(i, side));
			}
			default ->
				taxa.get(((i / KINDS) * 2 + side) % taxa.size()).setNameAsPrinted("Renamed by side " + side + " " + i);
			}
		}
	}

	/** Code of the activity side {@code side} adds as its {@code i}-th edit. */
	public static String newCode(int i, int side) {
		return "S" + side + "-" + i;
	}

	private static ProgressEntry entry(int i, int side) {
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 1 + i % 12, 1 + i % 28));
		entry.setStatus(ActivityStatus.ONGOING);
		entry.setNarrative("Progress reported by side " + side + ", edit " + i);
		return entry;
	}

	private static Activity newActivity(int i, int side) {
		Activity activity = JwpFactory.eINSTANCE.createActivity();
		activity.setId("side" + side + "-new-" + i);
		activity.setCode(newCode(i, side));
		activity.setText("Activity added by side " + side);
		activity.setLead(LeadSecretariat.JOINT);
		activity.setStatus(ActivityStatus.NOT_STARTED);
		return activity;
	}
}
