package org.mea.jwp.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mea.jwp.model.Identified;

/**
 * The features a merge compares, read from the metamodel so that a new feature is merged without
 * new code: every stored, changeable feature except the id (an element's identity, not a value)
 * and the containers' back-pointers.
 */
final class Features {

	private static final Map<EClass, List<EStructuralFeature>> CACHE = new ConcurrentHashMap<>();

	private Features() {
	}

	static List<EStructuralFeature> of(EClass eClass) {
		return CACHE.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> features = new ArrayList<>();
			for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
				if (f.isDerived() || f.isTransient() || f.isVolatile() || !f.isChangeable()) {
					continue;
				}
				if (f instanceof EAttribute a && a.isID()) {
					continue;
				}
				if (f instanceof EReference r && r.isContainer()) {
					continue;
				}
				features.add(f);
			}
			return List.copyOf(features);
		});
	}

	/** Whether the feature holds elements matched by id (references and contained Identified elements). */
	static boolean byId(EStructuralFeature feature) {
		return feature instanceof EReference r
				&& (!r.isContainment() || Identified.class.isAssignableFrom(r.getEReferenceType().getInstanceClass()));
	}

	/** Whether the feature contains elements that are not Identified: they are values, matched by content. */
	static boolean containsValues(EStructuralFeature feature) {
		return feature instanceof EReference r && r.isContainment() && !byId(feature);
	}
}
