package org.mea.jwp.core.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * What a finding of {@link ProgrammeValidation} is about, read the same way wherever findings are
 * shown (the Problems view, {@code jwp validate}): its element, and the rule that reported it.
 */
public final class Findings {

	private Findings() {
	}

	/** The element the finding is about, or {@code null} when it names none. */
	public static EObject element(Diagnostic finding) {
		List<?> data = finding.getData();
		return !data.isEmpty() && data.get(0) instanceof EObject element ? element : null;
	}

	/** The id of the rule that reported it (the last datum a rule adds), or the diagnostic's source. */
	public static String rule(Diagnostic finding) {
		List<?> data = finding.getData();
		Object last = data.isEmpty() ? null : data.get(data.size() - 1);
		return last instanceof String id ? id : finding.getSource();
	}
}
