package org.mea.jwp.core.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Programme;

/**
 * The merged programme under construction and afterwards: a copy of our side, its elements by id,
 * and the translation of values of the other versions into it (elements by id, contained entries
 * as copies whose references point into the merged programme).
 */
final class MergedModel {

	final Programme root;
	private final Copier oursCopier;
	private final Map<String, Identified> byId = new HashMap<>();

	MergedModel(SideIndex ours) {
		oursCopier = new Copier();
		root = (Programme) oursCopier.copy(ours.root);
		oursCopier.copyReferences();
		for (Map.Entry<EObject, EObject> e : oursCopier.entrySet()) {
			if (e.getValue() instanceof Identified i && i.getId() != null) {
				byId.putIfAbsent(i.getId(), i);
			}
		}
	}

	/** The merged element with this id, attached or not. */
	Identified get(String id) {
		return byId.get(id);
	}

	/** The merged element with this id if it is part of the merged programme, else null. */
	Identified attached(String id) {
		Identified element = byId.get(id);
		return element != null && isAttached(element) ? element : null;
	}

	boolean isAttached(EObject element) {
		return EcoreUtil.getRootContainer(element) == root;
	}

	void register(Identified element) {
		byId.put(element.getId(), element);
	}

	/** The merged counterpart of a value of our side. */
	Object fromOurs(EStructuralFeature feature, Object value) {
		if (value instanceof Identified i) {
			return byId.get(i.getId());
		}
		if (value instanceof EObject o && Features.containsValues(feature)) {
			return oursCopier.get(o);
		}
		return value;
	}

	/** The merged counterpart of a value of another version: an element by id, or a copy of an entry. */
	Object fromOther(EStructuralFeature feature, Object value) {
		if (value instanceof Identified i) {
			return byId.get(i.getId());
		}
		if (value instanceof EObject o) {
			return copy(o);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> fromOther(feature, v)).filter(v -> v != null).toList();
		}
		return value;
	}

	/** A deep copy of an element of another version whose references lead into the merged programme. */
	EObject copy(EObject original) {
		Copier copier = new Copier(true, false) {
			private static final long serialVersionUID = 1L;

			@Override
			public EObject get(Object key) {
				EObject copy = super.get(key);
				if (copy == null && key instanceof Identified i) {
					return byId.get(i.getId());
				}
				return copy;
			}
		};
		EObject copy = copier.copy(original);
		copier.copyReferences();
		return copy;
	}
}
