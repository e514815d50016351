package org.mea.jwp.core.internal.exchange;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Programme;

/**
 * Ids for imported elements, made like the embedded programme's ({@code tx-rhincodon-typus}, an
 * activity's code): readable, stable for the same input, and unique in the programme. A JWP file's
 * ids are also its cross-references, so an id that is taken gets a number ({@code -2}, {@code -3}).
 * Also used for the elements other commands add ({@code Continuation}'s final cycle).
 */
public final class Ids {

	private final Set<String> taken = new HashSet<>();

	public Ids(Programme programme) {
		taken.add(programme.getId());
		for (TreeIterator<EObject> it = programme.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element && element.getId() != null) {
				taken.add(element.getId());
			}
		}
	}

	public boolean isTaken(String id) {
		return taken.contains(id);
	}

	/** {@code preferred} if it is free, else the first free {@code preferred-2}, {@code -3}...; reserved from then on. */
	public String allocate(String preferred) {
		String id = preferred;
		for (int n = 2; taken.contains(id); n++) {
			id = preferred + "-" + n; //$NON-NLS-1$
		}
		taken.add(id);
		return id;
	}
}
