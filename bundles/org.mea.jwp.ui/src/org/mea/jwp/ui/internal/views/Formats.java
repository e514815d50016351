package org.mea.jwp.ui.internal.views;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Enumerator;
import org.osgi.framework.Bundle;

/**
 * Dates, numbers and the values of the model's enumerations as the user's locale writes them, for
 * the views and the programme editor. In
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

	/**
	 * A value of one of the model's enumerations (a status, a lead...) as the model's edit plug-in
	 * names it in the workbench's language ({@code _UI_ActivityStatus_NOT_STARTED_literal}); the
	 * literal itself when it has no such name. In English the two are the same.
	 */
	public static String literal(Enumerator value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
		ResourceBundle names = LiteralNames.BUNDLE;
		try {
			return names == null ? value.getLiteral()
					: names.getString("_UI_" + type.getSimpleName() + '_' + value.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (MissingResourceException notNamed) {
			return value.getLiteral();
		}
	}

	/** The name of a kind of element ({@code _UI_Activity_type}) in the workbench's language; its class name when it has none. */
	public static String typeName(org.eclipse.emf.ecore.EClass eClass) {
		return named("_UI_" + eClass.getName() + "_type", eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The name of a feature ({@code _UI_Activity_timeframe_feature}) in the workbench's language; null when it has none. */
	public static String featureName(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return named("_UI_" + feature.getEContainingClass().getName() + '_' + feature.getName() + "_feature", null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String named(String key, String otherwise) {
		ResourceBundle names = LiteralNames.BUNDLE;
		try {
			return names == null ? otherwise : names.getString(key);
		} catch (MissingResourceException notNamed) {
			return otherwise;
		}
	}

	/** A language's name as a sentence has it, in the workbench's language ("French", "français", "francés"). */
	public static String languageInSentence(String code) {
		return Locale.forLanguageTag(code).getDisplayLanguage(locale());
	}

	/** A language's name as a label has it ("French", "Français", "Francés"). */
	public static String languageName(String code) {
		String name = languageInSentence(code);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
	}

	/** The localised {@code plugin.properties} of the model's edit plug-in, read once; null outside a running platform. */
	private static final class LiteralNames {
		static final ResourceBundle BUNDLE = find();

		private static ResourceBundle find() {
			try {
				Bundle edit = Platform.getBundle("org.mea.jwp.model.edit"); //$NON-NLS-1$
				return edit == null ? null : Platform.getResourceBundle(edit);
			} catch (RuntimeException | LinkageError notRunning) {
				return null;
			}
		}
	}
}
