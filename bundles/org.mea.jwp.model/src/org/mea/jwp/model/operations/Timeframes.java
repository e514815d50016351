package org.mea.jwp.model.operations;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.TimeframeKind;

/**
 * Reads the timeframe wordings of work programmes into {@link Timeframe}s, keeping the wording.
 * <p>
 * Forms (all used in SC62 Doc. 14.3): a year ("2012"); a range with hyphen, en dash or slash and
 * a two- or four-digit end, with or without spaces ("2012-13", "2012–2014", "2012 – 14");
 * "On-going"; a recurrence ("Annual and as-required"); a condition ("Will depend on decisions
 * adopted at CMS CoP10"). Empty text is an unspecified timeframe. Anything else is rejected with
 * a message that lists the accepted forms, so that an editor can show it next to the field.
 */
public final class Timeframes {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})"); //$NON-NLS-1$
	private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-\u2013\u2014/]\\s*(\\d{2}|\\d{4})"); //$NON-NLS-1$
	private static final Pattern ONGOING = Pattern.compile("(?i)on[-\\s]?going|continuous|continuing"); //$NON-NLS-1$
	private static final Pattern RECURRING = Pattern.compile(
			"(?i)(annual|annually|yearly|biennial|quarterly|monthly|as[-\\s]required|as[-\\s]needed|regular(ly)?)\\b.*"); //$NON-NLS-1$
	private static final Pattern CONDITIONAL = Pattern.compile(
			"(?i)(will\\s+depend|depends?|depending|subject\\s+to|if|when|once|after|pending|following)\\b.*"); //$NON-NLS-1$
	private static final Pattern DUE = Pattern
			.compile("(?i)(?:by|before|until|no later than)?\\s*(?:(\\d{1,2})\\s+)?([a-z]+)?\\s*(\\d{4})"); //$NON-NLS-1$

	/** Accepted forms, for messages. */
	public static final String FORMS = "a year (2012), a range (2012-13, 2012\u20132014, 2012 \u2013 14), " //$NON-NLS-1$
			+ "\"On-going\", a recurrence (\"Annual and as-required\") or a condition (\"Will depend on ...\")"; //$NON-NLS-1$

	private Timeframes() {
	}

	/**
	 * A new timeframe for the wording.
	 *
	 * @throws IllegalArgumentException naming the wording and the accepted forms when it is none of them
	 */
	public static Timeframe parse(String wording) {
		Timeframe timeframe = JwpFactory.eINSTANCE.createTimeframe();
		timeframe.setOriginal(wording);
		String text = wording == null ? "" : wording.strip(); //$NON-NLS-1$
		Matcher m;
		if (text.isEmpty()) {
			timeframe.setKind(TimeframeKind.UNSPECIFIED);
		} else if ((m = YEAR.matcher(text)).matches()) {
			int year = Integer.parseInt(m.group(1));
			setYears(timeframe, TimeframeKind.YEAR, year, year);
		} else if ((m = RANGE.matcher(text)).matches()) {
			int start = Integer.parseInt(m.group(1));
			int end = Integer.parseInt(m.group(2));
			if (m.group(2).length() == 2) {
				end += start / 100 * 100; // "2012-13": same century as the start
			}
			if (end < start) {
				throw new IllegalArgumentException("Timeframe \"" + wording + "\" ends (" + end //$NON-NLS-1$ //$NON-NLS-2$
						+ ") before it starts (" + start + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			setYears(timeframe, TimeframeKind.RANGE, start, end);
		} else if (ONGOING.matcher(text).matches()) {
			timeframe.setKind(TimeframeKind.ONGOING);
		} else if (RECURRING.matcher(text).matches()) {
			timeframe.setKind(TimeframeKind.RECURRING);
			timeframe.setRecurrence(text);
		} else if (CONDITIONAL.matcher(text).matches()) {
			timeframe.setKind(TimeframeKind.CONDITIONAL);
			timeframe.setCondition(text);
		} else {
			throw new IllegalArgumentException(
					"Timeframe \"" + wording + "\" is not understood; use " + FORMS); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return timeframe;
	}

	private static void setYears(Timeframe timeframe, TimeframeKind kind, int start, int end) {
		timeframe.setKind(kind);
		timeframe.setStartYear(start);
		timeframe.setEndYear(end);
	}

	/**
	 * The last day meant by a due wording: "by December 2014" is 2014-12-31, "2014" is 2014-12-31,
	 * "by 15 March 2013" is 2013-03-15; ISO dates are taken as they are.
	 *
	 * @throws IllegalArgumentException when the wording holds no date
	 */
	public static LocalDate parseDue(String wording) {
		String text = wording == null ? "" : wording.strip(); //$NON-NLS-1$
		try {
			return LocalDate.parse(text);
		} catch (java.time.format.DateTimeParseException notIso) {
			// fall through to the worded forms
		}
		Matcher m = DUE.matcher(text);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(3));
			if (m.group(2) == null) {
				return LocalDate.of(year, 12, 31);
			}
			Month month = month(m.group(2));
			if (month != null) {
				return m.group(1) != null ? LocalDate.of(year, month, Integer.parseInt(m.group(1)))
						: YearMonth.of(year, month).atEndOfMonth();
			}
		}
		throw new IllegalArgumentException("Due date \"" + wording //$NON-NLS-1$
				+ "\" is not understood; use e.g. \"by December 2014\", \"2014\" or 2014-12-31"); //$NON-NLS-1$
	}

	private static Month month(String name) {
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)
					|| month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(name)) {
				return month;
			}
		}
		return null;
	}

	/**
	 * Wording for a timeframe: the original wording when there is one, else a canonical wording
	 * built from the parsed form (which {@link #parse(String)} reads back to the same form).
	 */
	public static String wording(Timeframe timeframe) {
		if (timeframe.getOriginal() != null && !timeframe.getOriginal().isBlank()) {
			return timeframe.getOriginal();
		}
		return switch (timeframe.getKind()) {
		case YEAR -> Integer.toString(timeframe.getStartYear());
		case RANGE -> timeframe.getStartYear() + "\u2013" + timeframe.getEndYear(); //$NON-NLS-1$
		case ONGOING -> "On-going"; //$NON-NLS-1$
		case RECURRING -> timeframe.getRecurrence();
		case CONDITIONAL -> timeframe.getCondition();
		case UNSPECIFIED -> ""; //$NON-NLS-1$
		};
	}
}
