package org.mea.jwp.ui.internal.views;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers as the user's locale writes them, for the views and the programme editor. In
 * English the views keep the forms they have always shown (and that the UI tests read), each
 * caller naming its English form; in any other language a date is the locale's medium form
 * ("8 mai 2014", "8 may 2014", "08.05.2014") and a time its short form. Counts are grouped as
 * the locale groups digits (1,234; 1 234; 1.234). The locale is the workbench's ({@code -nl}),
 * which Equinox makes the JVM's default.
 */
public final class Formats {

	private Formats() {
	}

	private static Locale locale() {
		return Locale.getDefault(Locale.Category.FORMAT);
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
	}

	/** A day: {@code english} when the workbench speaks English, else the locale's medium date. */
	public static DateTimeFormatter day(DateTimeFormatter english) {
		return english() ? english : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
	}

	/** A day and time: {@code english} in English, else the locale's medium date and short time. */
	public static DateTimeFormatter dayAndTime(DateTimeFormatter english) {
		return english() ? english
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale());
	}

	/** A day written as ISO 8601 in English (2014-12-31), as the locale writes it otherwise. */
	public static String day(LocalDate date) {
		return date == null ? "" : day(DateTimeFormatter.ISO_LOCAL_DATE).format(date); //$NON-NLS-1$
	}

	/** A count, with the locale's digit grouping. */
	public static String count(long count) {
		return NumberFormat.getIntegerInstance(locale()).format(count);
	}
}
