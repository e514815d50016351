package org.mea.jwp.reports;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * The fixed words of a committee document in one of the Conventions' languages (English, French,
 * Spanish): the sentences and headings in {@code wording*.properties} beside this class, the
 * meeting's ordinal in words and dates as each language prints them. The forms follow the
 * Secretariats' own French and Spanish documents where we could read them (see
 * {@code docs/report-layouts.md}).
 */
public final class Wording {

	/** The languages a committee document can be written in. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Wording ENGLISH = new Wording(Locale.ENGLISH);

	private final Locale locale;
	private final ResourceBundle words;
	private final RuleBasedNumberFormat spellout;

	private Wording(Locale locale) {
		this.locale = locale;
		// a bundle of the language itself only: no fall-back to the JVM's default locale
		this.words = ResourceBundle.getBundle("org.mea.jwp.reports.wording", locale, Wording.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
	}

	/** English: what a document is written in when no language is asked for. */
	public static Wording english() {
		return ENGLISH;
	}

	/**
	 * The wording of {@code language} ("en", "fr", "es"; blank: English).
	 *
	 * @throws IllegalArgumentException for another language, naming those there are
	 */
	public static Wording of(String language) {
		String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (code.isEmpty() || code.equals("en")) { //$NON-NLS-1$
			return ENGLISH;
		}
		if (!LANGUAGES.contains(code)) {
			throw new IllegalArgumentException(
					"language \"" + language + "\" is not one of " + String.join(", ", LANGUAGES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new Wording(Locale.forLanguageTag(code));
	}

	/** The language's code: "en", "fr" or "es". */
	public String language() {
		return locale.getLanguage();
	}

	public Locale locale() {
		return locale;
	}

	/**
	 * The text under {@code key}, its {@code {0}}, {@code {1}}... replaced by {@code arguments}. (The
	 * date patterns, {@code date.*}, are {@link DateTimeFormatter} patterns and read as they are.)
	 */
	public String text(String key, Object... arguments) {
		// every text is a pattern, with or without arguments: "d''activité" is written once
		return new MessageFormat(words.getString(key), locale).format(arguments);
	}

	/**
	 * A meeting's ordinal in words, capitalised as the meeting line begins: "Sixty-fifth",
	 * "Soixante-cinquième", "Sexagésimo quinta". Spanish documents make the tens masculine and the
	 * unit agree with "reunión" ("Sexagésimo sexta reunión", SC66), which is neither of ICU's forms.
	 */
	public String ordinal(int n) {
		String words;
		if (language().equals("es")) { //$NON-NLS-1$
			words = n > 20 && n < 100 && n % 10 != 0
					? spellout.format(n - n % 10, "%spellout-ordinal-masculine") + " " //$NON-NLS-1$//$NON-NLS-2$
							+ spellout.format(n % 10, "%spellout-ordinal-feminine") //$NON-NLS-1$
					: spellout.format(n, "%spellout-ordinal-feminine"); //$NON-NLS-1$
		} else if (language().equals("fr")) { //$NON-NLS-1$
			words = spellout.format(n, "%spellout-ordinal-feminine"); // "session" //$NON-NLS-1$
		} else {
			words = spellout.format(n, "%spellout-ordinal"); //$NON-NLS-1$
		}
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(locale) + words.substring(1);
	}

	/** A meeting's ordinal in figures for the CMS meeting line: "40th", "40ème", "40ª". */
	public String ordinalInFigures(int n) {
		if (!language().equals("en")) { //$NON-NLS-1$
			return n + words.getString("ordinal.suffix"); //$NON-NLS-1$
		}
		int lastTwo = n % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" //$NON-NLS-1$
				: switch (n % 10) {
				case 1 -> "st"; //$NON-NLS-1$
				case 2 -> "nd"; //$NON-NLS-1$
				case 3 -> "rd"; //$NON-NLS-1$
				default -> "th"; //$NON-NLS-1$
				};
		return n + suffix;
	}

	/** A day: "7 July 2014", "7 juillet 2014", "7 de julio de 2014". */
	public String date(LocalDate date) {
		return firstOfMonth(date, DateTimeFormatter.ofPattern(words.getString("date.day"), locale).format(date)); //$NON-NLS-1$
	}

	/** French writes the first of a month "1er mai 2014" ({@code date.first}); the others "1 May", "1 de mayo". */
	private String firstOfMonth(LocalDate date, String formatted) {
		return date.getDayOfMonth() == 1 ? formatted.replaceFirst("\\b1\\b", words.getString("date.first")) : formatted; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A month: "July 2014", "juillet 2014", "julio de 2014". */
	public String month(LocalDate date) {
		return DateTimeFormatter.ofPattern(words.getString("date.month"), locale).format(date); //$NON-NLS-1$
	}

	/** The days of a meeting: "7-11 July 2014", "7 – 11 juillet 2014", "30 June - 4 July 2014". */
	public String days(LocalDate start, LocalDate end) {
		if (end == null || start.equals(end)) {
			return date(start);
		}
		if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
			return firstOfMonth(start, Integer.toString(start.getDayOfMonth())) + words.getString("date.sameMonthDash") //$NON-NLS-1$
					+ date(end);
		}
		String first = start.getYear() == end.getYear()
				? firstOfMonth(start,
						DateTimeFormatter.ofPattern(words.getString("date.dayAndMonth"), locale).format(start)) //$NON-NLS-1$
				: date(start);
		return first + words.getString("date.rangeDash") + date(end); //$NON-NLS-1$
	}
}
