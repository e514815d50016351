package org.mea.jwp.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.model.Identified;

/**
 * Turns feature values into comparable keys, so that the three versions of a feature are compared
 * as lists of strings in linear time: an Identified element is its id, an attribute value its
 * serialised form, and a contained element without id its structural fingerprint (the same
 * equality as {@link EcoreUtil.EqualityHelper}, with references by id, but hashable). Repeated
 * values of a list get an occurrence number, so keys are unique within a list.
 */
final class Keys {

	private static final String NULL = "\u2205"; //$NON-NLS-1$

	private final Map<EObject, String> fingerprints = new IdentityHashMap<>();

	/** The keys and values of one feature of one element. */
	record Values(List<String> keys, List<Object> values) {
		Object valueOf(String key) {
			int i = keys.indexOf(key);
			return i < 0 ? null : values.get(i);
		}
	}

	/** The values of {@code feature} of {@code object}, null when the object is absent. */
	Values of(EObject object, EStructuralFeature feature) {
		if (object == null) {
			return null;
		}
		List<Object> values = new ArrayList<>();
		Object raw = object.eGet(feature);
		if (feature.isMany()) {
			values.addAll((List<?>) raw);
		} else {
			values.add(raw);
		}
		List<String> keys = new ArrayList<>(values.size());
		Map<String, Integer> seen = values.size() > 1 ? new HashMap<>() : null;
		for (Object value : values) {
			String key = key(feature, value);
			if (seen != null) {
				int n = seen.merge(key, 1, Integer::sum);
				if (n > 1) {
					key = key + '\u0001' + n;
				}
			}
			keys.add(key);
		}
		return new Values(keys, values);
	}

	/** Empty values: the feature of an element that does not exist on a side. */
	static Values none(EStructuralFeature feature) {
		List<Object> values = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		if (!feature.isMany()) {
			values.add(null);
			keys.add(NULL);
		}
		return new Values(keys, values);
	}

	String key(EStructuralFeature feature, Object value) {
		if (value == null) {
			return NULL;
		}
		if (feature instanceof EAttribute a) {
			return EcoreUtil.convertToString(a.getEAttributeType(), value);
		}
		if (value instanceof Identified i) {
			return '#' + String.valueOf(i.getId());
		}
		return fingerprint((EObject) value);
	}

	/** The structural fingerprint of an element that has no id. */
	String fingerprint(EObject object) {
		String known = fingerprints.get(object);
		if (known != null) {
			return known;
		}
		StringBuilder b = new StringBuilder(object.eClass().getName()).append('{');
		for (EStructuralFeature f : Features.of(object.eClass())) {
			if (!object.eIsSet(f)) {
				continue;
			}
			b.append(f.getName()).append('=');
			Values values = of(object, f);
			for (String key : values.keys()) {
				b.append(key.length()).append(':').append(key);
			}
			b.append(';');
		}
		String fingerprint = b.append('}').toString();
		fingerprints.put(object, fingerprint);
		return fingerprint;
	}
}
