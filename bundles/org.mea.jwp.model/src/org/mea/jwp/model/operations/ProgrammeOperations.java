package org.mea.jwp.model.operations;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;

/** Operations of {@link Programme} and {@link Theme}. */
public final class ProgrammeOperations {

	private ProgrammeOperations() {
	}

	/** All activities of the programme in document order (themes, then groups); read-only. */
	public static EList<Activity> activities(Programme programme) {
		BasicEList<Activity> result = new BasicEList<>();
		for (Theme theme : programme.getThemes()) {
			collect(theme, result);
		}
		return ECollections.unmodifiableEList(result);
	}

	/** All activities of the theme in document order; read-only. */
	public static EList<Activity> activities(Theme theme) {
		BasicEList<Activity> result = new BasicEList<>();
		collect(theme, result);
		return ECollections.unmodifiableEList(result);
	}

	private static void collect(Theme theme, BasicEList<Activity> into) {
		for (ActivityGroup group : theme.getGroups()) {
			into.addAll(group.getActivities());
		}
	}

	/** The activity with exactly this code (e.g. "B13"), or {@code null}. */
	public static Activity findActivity(Programme programme, String code) {
		if (code == null) {
			return null;
		}
		for (Theme theme : programme.getThemes()) {
			for (ActivityGroup group : theme.getGroups()) {
				for (Activity activity : group.getActivities()) {
					if (code.equals(activity.getCode())) {
						return activity;
					}
				}
			}
		}
		return null;
	}
}
