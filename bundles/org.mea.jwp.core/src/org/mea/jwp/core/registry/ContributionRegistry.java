package org.mea.jwp.core.registry;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.spi.RegistryContributor;

/**
 * The public shape of JWP Workbench's registries of contributions (data formats, report designs,
 * constraints): each reads its extension point once, leaves out declarations it cannot use and
 * switches off a contribution that fails, and says which and why in {@link #problems()}, naming
 * the plug-in to blame.
 *
 * @param <T> the contributions
 */
public interface ContributionRegistry<T extends Contributed> {

	/** The contributions that work (neither left out nor switched off), in the registry's order. */
	List<T> contributions();

	/**
	 * The contributions that are not used: declarations left out, then those switched off this
	 * session after failing, each with its contributor and the reason.
	 */
	List<RegistryProblem> problems();

	/** The working contribution with this id. */
	default Optional<T> find(String id) {
		return contributions().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** The plug-ins that contributed the working contributions, in order, each once. */
	default List<String> contributors() {
		return contributions().stream().map(Contributed::contributor).distinct().toList();
	}

	/** The plug-in's name, or the fragment's when a fragment made the declaration (its host would hide who is to blame). */
	static String nameOf(IContributor contributor) {
		return contributor instanceof RegistryContributor registered ? registered.getActualName()
				: contributor.getName();
	}
}
