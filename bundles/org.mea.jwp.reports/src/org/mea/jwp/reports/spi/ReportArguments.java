package org.mea.jwp.reports.spi;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.Committee;
import org.mea.jwp.reports.ReportException;

/**
 * The values given for a design's declared parameters, after they have been checked against the
 * parameters' types (so {@link #date(String)} cannot fail on a value that was given). A parameter
 * that was not given has its declared default, or is null.
 */
public final class ReportArguments {

	private final Map<String, String> values;

	/** {@code values}: checked values by parameter name. */
	public ReportArguments(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/** The text given for {@code name}, stripped; null when none was given and there is no default. */
	public String text(String name) {
		String value = values.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A {@code date} parameter; null when not given. */
	public LocalDate date(String name) {
		String value = text(name);
		return value == null ? null : LocalDate.parse(value);
	}

	/**
	 * A {@code committee} parameter: the committee of {@code programme} it names; null when not given.
	 *
	 * @throws ReportException naming the programme's committees when none fits
	 */
	public Committee committee(String name, Programme programme) throws ReportException {
		String value = text(name);
		try {
			return value == null ? null : Committee.parse(value, programme);
		} catch (IllegalArgumentException e) {
			throw new ReportException(name + ": " + e.getMessage()); //$NON-NLS-1$
		}
	}

	/** A {@code flag} parameter: true for "true", "yes" or "1". */
	public boolean flag(String name) {
		String value = text(name);
		return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equals("1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** All values by name. */
	public Map<String, String> values() {
		return values;
	}
}
