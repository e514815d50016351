package org.mea.jwp.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.core.validation.spi.IConstraintContext;
import org.mea.jwp.model.Programme;

/**
 * The EMF validator of JWP models: EMF's own checks (required features, references) plus the
 * programme constraints it is given. A constraint that throws is reported as an error naming it;
 * it never stops the others.
 */
public class JwpValidator extends EObjectValidator {

	/** Diagnostic source of JWP findings. */
	public static final String SOURCE = "org.mea.jwp.core"; //$NON-NLS-1$
	/** Context key for the reporting date ({@link LocalDate}). */
	public static final String REPORTING_DATE = "org.mea.jwp.core.reportingDate"; //$NON-NLS-1$
	/** Index into the constraint list is added to this to make the diagnostic code. */
	public static final int CODE_BASE = 1000;

	private final List<ConstraintDescriptor> constraints;

	public JwpValidator(List<ConstraintDescriptor> constraints) {
		this.constraints = List.copyOf(constraints);
	}

	/** The constraints this validator runs, in order. */
	public List<ConstraintDescriptor> getConstraints() {
		return constraints;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		for (int i = 0; i < constraints.size(); i++) {
			ConstraintDescriptor descriptor = constraints.get(i);
			if (!descriptor.target().isSuperTypeOf(eClass)) {
				continue;
			}
			Run run = new Run(descriptor, CODE_BASE + i, object, diagnostics, context);
			try {
				descriptor.constraint().validate(object, run);
			} catch (RuntimeException e) {
				run.add(Diagnostic.ERROR, object, null,
						NLS.bind(Messages.JwpValidator_ruleFailed,
								new Object[] { descriptor.name(), descriptor.id(), e }));
			}
			valid &= !run.failed;
		}
		return valid;
	}

	/** Context of one constraint on one element. */
	private static final class Run implements IConstraintContext {
		private final ConstraintDescriptor descriptor;
		private final int code;
		private final EObject target;
		private final DiagnosticChain diagnostics;
		private final Map<Object, Object> context;
		boolean failed;

		Run(ConstraintDescriptor descriptor, int code, EObject target, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			this.descriptor = descriptor;
			this.code = code;
			this.target = target;
			this.diagnostics = diagnostics;
			this.context = context;
		}

		@Override
		public LocalDate getReportingDate() {
			Object date = context == null ? null : context.get(REPORTING_DATE);
			if (date instanceof LocalDate given) {
				return given;
			}
			Programme programme = getProgramme();
			return programme != null && programme.getPeriodEnd() > 0 ? LocalDate.of(programme.getPeriodEnd(), 12, 31)
					: LocalDate.now();
		}

		@Override
		public Programme getProgramme() {
			return EcoreUtil.getRootContainer(target) instanceof Programme programme ? programme : null;
		}

		@Override
		public void report(String message) {
			report(target, null, message);
		}

		@Override
		public void report(EObject object, EStructuralFeature feature, String message) {
			add(descriptor.severity(), object, feature, message);
		}

		void add(int severity, EObject object, EStructuralFeature feature, String message) {
			if (severity == Diagnostic.ERROR) {
				failed = true;
			}
			if (diagnostics != null) {
				Object[] data = feature == null ? new Object[] { object, descriptor.id() }
						: new Object[] { object, feature, descriptor.id() };
				diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, data));
			}
		}
	}
}
