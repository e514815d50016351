package org.mea.jwp.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.model.api.DataItemHandle;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.DesignFileException;
import org.eclipse.birt.report.model.api.ErrorDetail;
import org.eclipse.birt.report.model.api.ModuleHandle;

/**
 * Turns what BIRT reports about a design — the errors of a task, each with the id of its element,
 * and the errors of the design model — into {@link DesignProblem}s: the element named as people
 * find it in the {@code .rptdesign} (kind, name, id and line) and BIRT's own reason, on one line.
 */
final class DesignProblems {

	/** BIRT's element definitions by the words a sentence uses; others by BIRT's display name. */
	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("Data", "data item"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("Table", "table"), Map.entry("List", "list"), Map.entry("Grid", "grid"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Label", "label"), Map.entry("Text", "text"), Map.entry("TextData", "dynamic text"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Image", "image"), Map.entry("Row", "row"), Map.entry("Cell", "cell"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("ScriptDataSet", "data set"), Map.entry("OdaDataSet", "data set"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("JointDataSet", "data set"), Map.entry("ScriptDataSource", "data source"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("OdaDataSource", "data source"), Map.entry("ScalarParameter", "parameter"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("ExtendedItem", "report item")); //$NON-NLS-1$ //$NON-NLS-2$

	private DesignProblems() {
	}

	/** The errors of a run or render task ({@code IEngineTask.getErrors()}), each once. */
	static List<DesignProblem> ofTask(ModuleHandle design, List<?> errors) {
		Set<DesignProblem> problems = new LinkedHashSet<>();
		for (Object error : errors) {
			long id = error instanceof EngineException engine ? engine.getElementID() : 0;
			problems.add(new DesignProblem(element(design, id, 0), reason((Throwable) error)));
		}
		return List.copyOf(problems);
	}

	/** The errors BIRT's model finds in the design (references that lead nowhere, wrong values...). */
	static List<DesignProblem> ofModel(ModuleHandle design) {
		design.checkReport();
		return ofDetails(design, design.getErrorList());
	}

	/** The errors of a design that cannot be read (XML, unknown elements), with their lines; none if {@code failure} is not such. */
	static List<DesignProblem> ofUnreadable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DesignFileException unreadable) {
				return ofDetails(null, unreadable.getErrorList());
			}
		}
		return List.of();
	}

	private static List<DesignProblem> ofDetails(ModuleHandle design, List<?> details) {
		Set<DesignProblem> problems = new LinkedHashSet<>();
		for (Object item : details) {
			ErrorDetail detail = (ErrorDetail) item;
			long id = detail.getElement() == null ? 0 : detail.getElement().getID();
			String element = element(design, id, detail.getLineNo());
			if (element == null && detail.getLineNo() > 0) {
				element = "line " + detail.getLineNo(); //$NON-NLS-1$
			}
			problems.add(new DesignProblem(element, oneLine(detail.getMessage())));
		}
		return List.copyOf(problems);
	}

	/**
	 * The element {@code id} of {@code design} as people find it in the file: {@code data item
	 * "dueDate" (id 42, line 47)}; {@code null} when there is no such element.
	 *
	 * @param line the element's line if known already, else 0 (read from the design, which knows it
	 *            when opened with line numbers)
	 */
	static String element(ModuleHandle design, long id, int line) {
		DesignElementHandle element = design == null || id <= 0 ? null : design.getElementByID(id);
		if (element == null) {
			return null;
		}
		String defn = element.getDefn().getName();
		String kind = KINDS.getOrDefault(defn, element.getDefn().getDisplayName().toLowerCase(Locale.ROOT));
		String name = element.getName();
		if (name == null && element instanceof DataItemHandle data && data.getResultSetColumn() != null) {
			name = "of column \"" + data.getResultSetColumn() + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		} else if (name != null) {
			name = "\"" + name + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		}
		int lineNo = line > 0 ? line : design.getLineNoByID(id);
		return kind + (name == null ? "" : " " + name) + " (id " + id //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (lineNo > 0 ? ", line " + lineNo : "") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * BIRT's reason for {@code error}: the message of the innermost BIRT exception in its causes.
	 * The outer ones wrap it in "A BIRT exception occurred. See next exception for more
	 * information." or in the script's source; the innermost says what is wrong.
	 */
	static String reason(Throwable error) {
		Throwable innermost = error;
		for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BirtException) {
				innermost = cause;
			}
		}
		String message = innermost.getLocalizedMessage();
		return oneLine(message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message);
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
