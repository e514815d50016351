package org.mea.jwp.core.merge;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Programme;

/**
 * One version of the programme (base, ours or theirs) indexed by element id, so that every look-up
 * of the merge is a map access and never a scan of the model.
 */
final class SideIndex {

	final Programme root;
	private final Map<String, Identified> byId = new HashMap<>();

	SideIndex(Programme root) {
		this.root = root;
		if (root == null) {
			return;
		}
		byId.put(root.getId(), root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified i && i.getId() != null) {
				byId.putIfAbsent(i.getId(), i);
			}
		}
	}

	Identified get(String id) {
		return byId.get(id);
	}

	boolean has(String id) {
		return byId.containsKey(id);
	}

	Iterable<String> ids() {
		return byId.keySet();
	}

	/** The id of the nearest Identified container of {@code element}, null for the root. */
	static String parentId(EObject element) {
		for (EObject c = element.eContainer(); c != null; c = c.eContainer()) {
			if (c instanceof Identified i) {
				return i.getId();
			}
		}
		return null;
	}

	/** Where an element stands: its container's id and the containing feature. */
	static String location(EObject element) {
		return element.eContainingFeature() == null ? null
				: parentId(element) + '/' + element.eContainingFeature().getName();
	}
}
