package org.mea.jwp.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A parameter a report design declares ({@code parameter} element of the extension point
 * {@code org.mea.jwp.reports.designs}): what the wizard asks for and what {@code jwp report --param}
 * accepts.
 */
public record ReportParameter(String name, String label, Type type, boolean required, String defaultValue,
		String description) {

	/** What values a parameter takes. */
	public enum Type {
		/** Any text. */
		TEXT,
		/** A date, YYYY-MM-DD. */
		DATE,
		/** A committee of the programme: its body's id, or the Convention and abbreviation (CITES_SC, CMS_STC). */
		COMMITTEE,
		/** The id of a meeting of the programme. */
		MEETING,
		/** The id of a reporting cycle of the programme. */
		CYCLE,
		/** true or false. */
		FLAG,
		/** The language of a committee document's fixed words: en, fr or es (see {@link Wording}). */
		LANGUAGE;

		/** The type named in a contribution ("date"). */
		public static Type parse(String value) {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}

		/** Every type as a contribution names it: "text, date, ..., language". */
		public static String names() {
			return java.util.Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT))
					.collect(java.util.stream.Collectors.joining(", ")); //$NON-NLS-1$
		}
	}

	/**
	 * Checks {@code value} against the type; returns the problem in words ("… is not a date; use
	 * YYYY-MM-DD"), or null when the value is fine. Meetings and cycles are checked by the design's
	 * provider, which knows the programme.
	 */
	public String check(String value) {
		String stripped = value.strip();
		return switch (type) {
		case DATE -> {
			try {
				LocalDate.parse(stripped);
				yield null;
			} catch (DateTimeParseException e) {
				yield name + " \"" + value + "\" is not a date; use YYYY-MM-DD"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		// a committee is a body of the programme: checked when the programme is read (ReportArguments)
		case COMMITTEE -> stripped.isEmpty() ? name + " is empty" : null; //$NON-NLS-1$
		case FLAG -> stripped.matches("(?i)true|false|yes|no|1|0") ? null //$NON-NLS-1$
				: name + " \"" + value + "\" is not true or false"; //$NON-NLS-1$ //$NON-NLS-2$
		case LANGUAGE -> Wording.LANGUAGES.contains(stripped.toLowerCase(Locale.ROOT)) ? null
				: name + " \"" + value + "\" is not one of " + String.join(", ", Wording.LANGUAGES); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> null;
		};
	}
}
