package org.mea.jwp.team;

import org.eclipse.osgi.util.NLS;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One change of one element in one commit: "B6: status on-going → completed, 2014-03-02, A. Person,
 * 'SC65 update'". {@code feature} is the model feature's name ({@code progress[2].date} for a value
 * inside an element without an id of its own); old and new values are text as the file has them,
 * empty when there was none.
 */
public record HistoryEntry(Kind kind, String elementId, String label, String feature, String oldValue, String newValue,
		String commitId, String author, String authorEmail, ZonedDateTime date, String message) {

	/** What happened to the element. */
	public enum Kind {
		ADDED, CHANGED, REMOVED,
		/** The programme file of this commit could not be read; {@code newValue} says why. */
		UNREADABLE
	}

	private static final int SHOWN = 60;

	/** The commit message's first line. */
	public String summary() {
		int end = message.indexOf('\n');
		return (end < 0 ? message : message.substring(0, end)).strip();
	}

	/** What happened, as the History view and {@code jwp log} show it: "status on-going → completed", "added". */
	public String change() {
		return switch (kind) {
		case ADDED -> Messages.HistoryEntry_added;
		case REMOVED -> Messages.HistoryEntry_removed;
		case UNREADABLE -> NLS.bind(Messages.HistoryEntry_unreadable, newValue);
		case CHANGED -> feature + ' ' + shown(oldValue) + " \u2192 " + shown(newValue); //$NON-NLS-1$
		};
	}

	/** "B6: status on-going → completed, 2014-03-02, A. Person, 'SC65 update'", long values shortened. */
	@Override
	public String toString() {
		return label + ": " + change() + ", " + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + ", " + author //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ", '" + summary() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String shown(String value) {
		if (value == null || value.isEmpty()) {
			return Messages.HistoryEntry_none;
		}
		String line = value.replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + '\u2026';
	}
}
