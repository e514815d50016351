package org.mea.jwp.core.validation.spi;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mea.jwp.model.Programme;

/** What a constraint knows about the validation run, and where it reports. */
public interface IConstraintContext {

	/** The date progress is measured against (preferences; else the end of the programme period). */
	LocalDate getReportingDate();

	/** The programme being validated, or {@code null} when an element is validated on its own. */
	Programme getProgramme();

	/** Reports a problem of the target element with the constraint's declared severity. */
	void report(String message);

	/** Reports a problem of {@code object}'s {@code feature} (may be null) with the declared severity. */
	void report(EObject object, EStructuralFeature feature, String message);
}
