package org.mea.jwp.core.merge;

/**
 * How the user settles a {@link Conflict}: keep our side, take theirs, go back to the base, or
 * give a value of one's own ("Edit" in the Merge Conflicts view).
 *
 * @param choice which side
 * @param value the value for {@link Choice#VALUE}, else null; for a feature of an element, a value
 *        of that feature's type (a list for a many-valued feature)
 */
public record Resolution(Choice choice, Object value) {

	/** Which side a resolution takes. */
	public enum Choice {
		OURS, THEIRS, BASE, VALUE
	}

	/** Keep what the merged programme holds: our side. */
	public static final Resolution OURS = new Resolution(Choice.OURS, null);
	/** Take their side. */
	public static final Resolution THEIRS = new Resolution(Choice.THEIRS, null);
	/** Take the base version. */
	public static final Resolution BASE = new Resolution(Choice.BASE, null);

	/** A value of the user's own. */
	public static Resolution value(Object value) {
		return new Resolution(Choice.VALUE, value);
	}
}
