package org.mea.jwp.team.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The elements of one version of a programme, by id, each as its feature values in text. Read
 * reflectively from the model, so that a feature added to the model later shows in the history
 * without a change here. Elements without an id (progress entries, items...) have no history of
 * their own: their values count as features of the nearest element with an id
 * ({@code progress[2].status}). The resource can be unloaded once the snapshot is taken.
 */
public final class ElementSnapshot {

	/** One element: its label ("B6") and its features' values. */
	public record Element(String id, String label, Map<String, String> features) {
	}

	/** One feature whose value differs between two versions of an element. */
	public record Difference(String feature, String oldValue, String newValue) {
	}

	/** Features that name an element for people, in order of preference. */
	private static final List<String> LABEL_FEATURES = List.of("code", "letter", "shortName", "name", "title"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final String SEPARATOR = " | "; //$NON-NLS-1$

	private final Map<String, Element> elements;

	private ElementSnapshot(Map<String, Element> elements) {
		this.elements = elements;
	}

	/** The snapshot of every element with an id in {@code resource}. */
	public static ElementSnapshot of(Resource resource) {
		Map<String, Element> elements = new LinkedHashMap<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			String id = EcoreUtil.getID(object);
			if (id != null) {
				elements.put(id, element(id, object));
			}
		}
		return new ElementSnapshot(elements);
	}

	/** The element with {@code id}, or {@code null} when this version has none. */
	public Element get(String id) {
		return elements.get(id);
	}

	public Collection<Element> elements() {
		return elements.values();
	}

	/** The element whose id is {@code id} in no version: the root, the programme itself. */
	public Element root() {
		return elements.isEmpty() ? null : elements.values().iterator().next();
	}

	/** The features whose values differ, in the model's order. */
	public static List<Difference> differences(Element older, Element newer) {
		Set<String> features = new LinkedHashSet<>(older.features().keySet());
		features.addAll(newer.features().keySet());
		List<Difference> differences = new ArrayList<>();
		for (String feature : features) {
			String before = older.features().getOrDefault(feature, ""); //$NON-NLS-1$
			String after = newer.features().getOrDefault(feature, ""); //$NON-NLS-1$
			if (!Objects.equals(before, after)) {
				differences.add(new Difference(feature, before, after));
			}
		}
		return differences;
	}

	private static Element element(String id, EObject object) {
		Map<String, String> features = new LinkedHashMap<>();
		collect(object, "", features); //$NON-NLS-1$
		return new Element(id, label(id, object), features);
	}

	/** The label of {@code object} in a history: its code, letter or name, else its id ("B6"). */
	public static String label(EObject object) {
		return label(EcoreUtil.getID(object), object);
	}

	private static String label(String id, EObject object) {
		for (String name : LABEL_FEATURES) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature instanceof EAttribute && !feature.isMany() && object.eGet(feature) instanceof String text
					&& !text.isBlank()) {
				return text;
			}
		}
		return id;
	}

	/** Puts the values of {@code object}'s features under {@code prefix}; descends into children without an id. */
	private static void collect(EObject object, String prefix, Map<String, String> features) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || feature == object.eClass().getEIDAttribute()) {
				continue;
			}
			String name = prefix + feature.getName();
			if (feature instanceof EReference reference && reference.isContainment()) {
				List<EObject> children = objects(object.eGet(reference));
				int index = 0;
				for (EObject child : children) {
					index++;
					if (EcoreUtil.getID(child) == null) {
						collect(child, name + (reference.isMany() ? "[" + index + "]" : "") + '.', features); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				continue;
			}
			String value = text(feature, object.eGet(feature));
			if (!value.isEmpty()) {
				features.put(name, value);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> objects(Object value) {
		if (value instanceof List<?> list) {
			return (List<EObject>) list;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static String text(EStructuralFeature feature, Object value) {
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>();
			list.forEach(item -> parts.add(text(feature, item)));
			return String.join(SEPARATOR, parts);
		}
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof EObject target) {
			String id = EcoreUtil.getID(target);
			return id != null ? id : EcoreUtil.getURI(target).fragment();
		}
		if (feature instanceof EAttribute attribute) {
			return String.valueOf(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
		}
		return String.valueOf(value);
	}
}
