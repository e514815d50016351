package org.mea.jwp.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The findings of one validation, indexed for the UI: the worst severity per element (and, so
 * that a collapsed tree still shows where problems are, per container of such an element), and
 * the messages per element and feature for the fields of the editor.
 */
public final class Findings {

	/** No findings. */
	public static final Findings NONE = new Findings(null);

	private final Map<EObject, Integer> own = new IdentityHashMap<>();
	private final Map<EObject, Integer> inside = new IdentityHashMap<>();
	private final Map<EObject, Map<EStructuralFeature, List<Diagnostic>>> byFeature = new IdentityHashMap<>();

	public Findings(Diagnostic result) {
		if (result != null) {
			for (Diagnostic finding : result.getChildren()) {
				index(finding);
			}
		}
	}

	private void index(Diagnostic finding) {
		List<?> data = finding.getData();
		if (data.isEmpty() || !(data.get(0) instanceof EObject element) || finding.getSeverity() < Diagnostic.WARNING) {
			return;
		}
		own.merge(element, finding.getSeverity(), Math::max);
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			inside.merge(container, finding.getSeverity(), Math::max);
		}
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
		byFeature.computeIfAbsent(element, e -> new HashMap<>()).computeIfAbsent(feature, f -> new ArrayList<>())
				.add(finding);
	}

	/**
	 * The worst severity ({@link Diagnostic#ERROR}, {@link Diagnostic#WARNING}) of findings on
	 * {@code element} or inside it, or {@link Diagnostic#OK}.
	 */
	public int severity(Object element) {
		return Math.max(own.getOrDefault(element, Diagnostic.OK), inside.getOrDefault(element, Diagnostic.OK));
	}

	/**
	 * Findings on {@code feature} of {@code element}; {@code feature == null} gives those about
	 * the element as a whole.
	 */
	public List<Diagnostic> on(EObject element, EStructuralFeature feature) {
		return byFeature.getOrDefault(element, Map.of()).getOrDefault(feature, List.of());
	}

	/** Every finding on {@code element} itself, whatever the feature. */
	public List<Diagnostic> on(EObject element) {
		List<Diagnostic> all = new ArrayList<>();
		byFeature.getOrDefault(element, Map.of()).values().forEach(all::addAll);
		return all;
	}
}
