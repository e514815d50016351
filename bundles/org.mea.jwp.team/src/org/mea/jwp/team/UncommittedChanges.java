package org.mea.jwp.team;

import org.eclipse.osgi.util.NLS;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.team.internal.ElementSnapshot;
import org.mea.jwp.team.internal.ElementSnapshot.Element;

/**
 * What changed in a programme since its last commit, element by element: the committed version is
 * read once (per commit), and any later state of the programme — saved or still being edited — is
 * compared with it. The workbench marks these elements in its trees and lists them when committing.
 */
public final class UncommittedChanges {

	private final String commit;
	private final ElementSnapshot committed;
	/** Each committed element's nearest container with an id: where a removed element leaves a change. */
	private final Map<String, String> containers;

	private UncommittedChanges(String commit, ElementSnapshot committed, Map<String, String> containers) {
		this.commit = commit;
		this.committed = committed;
		this.containers = containers;
	}

	/**
	 * The last commit's version of {@code programme}, ready to compare with. Before the first commit,
	 * or when the file is not in it yet, every element counts as changed.
	 */
	public static UncommittedChanges since(ProgrammeRepository repository, Path programme) throws TeamException {
		String head = repository.head();
		if (head == null || !repository.isCommitted(programme)) {
			return new UncommittedChanges(head, null, Map.of()); // not shared yet: everything in it is new
		}
		byte[] bytes = repository.fileAt(head, programme);
		try {
			Resource resource = new ProgrammeStore().load(new ByteArrayInputStream(bytes),
					URI.createURI("committed.jwp"), null); //$NON-NLS-1$
			UncommittedChanges changes = new UncommittedChanges(head, ElementSnapshot.of(resource),
					containers(resource));
			resource.unload();
			return changes;
		} catch (ProgrammeFileException e) {
			throw new TeamException(
					NLS.bind(Messages.UncommittedChanges_cannotRead, programme.getFileName(), e.getMessage()), e);
		}
	}

	/** Whether the file is in the last commit (else it is not shared yet, and everything in it is new). */
	public boolean isCommitted() {
		return committed != null;
	}

	/** The commit compared with, or {@code null} before the first one. */
	public String commit() {
		return commit;
	}

	/**
	 * The elements of {@code current} that were added or changed since the commit, and those that
	 * lost a child: id to label ("B6"), in document order.
	 */
	public Map<String, String> changed(Resource current) {
		ElementSnapshot now = ElementSnapshot.of(current);
		Map<String, String> changed = new LinkedHashMap<>();
		for (Element element : now.elements()) {
			Element before = committed == null ? null : committed.get(element.id());
			if (before == null || !ElementSnapshot.differences(before, element).isEmpty()) {
				changed.put(element.id(), element.label());
			}
		}
		if (committed != null) {
			for (Element element : committed.elements()) {
				String container = containers.get(element.id());
				if (now.get(element.id()) == null && container != null && now.get(container) != null) {
					changed.put(container, now.get(container).label());
				}
			}
		}
		return changed;
	}

	private static Map<String, String> containers(Resource resource) {
		Map<String, String> containers = new HashMap<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			String id = EcoreUtil.getID(object);
			if (id == null) {
				continue;
			}
			for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
				String containerId = EcoreUtil.getID(container);
				if (containerId != null) {
					containers.put(id, containerId);
					break;
				}
			}
		}
		return containers;
	}
}
