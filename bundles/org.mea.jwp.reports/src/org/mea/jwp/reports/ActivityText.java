package org.mea.jwp.reports;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.SubItem;

/**
 * An activity's text as the programme's document prints it: its sentence, then each sub-item on a
 * line of its own — a bullet ("• ") before it, unless it carries its own mark: a letter or number
 * ("a)", "(ii)", "3.") or a date label ("2012: March: …", D4's calendar of meetings). The designs
 * show the lines with {@code whiteSpace: pre}.
 */
final class ActivityText {

	static final String BULLET = "\u2022 "; //$NON-NLS-1$
	private static final Pattern OWN_MARK = Pattern.compile(
			"^(?:\\(?(?:[a-z]|[ivx]{1,4}|\\d{1,2})[).]\\s|[^:]{0,20}\\b\\d{4}:\\s).*", Pattern.DOTALL); //$NON-NLS-1$

	private ActivityText() {
	}

	/** The activity's text and its sub-items, one per line. */
	static String withSubItems(Activity activity) {
		return withSubItems(activity, Activity::getText, SubItem::getText);
	}

	/** The same, with the activity's text and each sub-item's as {@code text} and {@code itemText} give them (a translation). */
	static String withSubItems(Activity activity, Function<Activity, String> text, Function<SubItem, String> itemText) {
		String own = text.apply(activity);
		StringBuilder lines = new StringBuilder(own == null ? "" : own.strip()); //$NON-NLS-1$
		for (SubItem item : activity.getSubItems()) {
			String original = itemText.apply(item);
			String line = original == null ? "" : original.strip(); //$NON-NLS-1$
			if (!line.isEmpty()) {
				lines.append('\n').append(OWN_MARK.matcher(line).matches() ? line : BULLET + line);
			}
		}
		return lines.toString();
	}
}
