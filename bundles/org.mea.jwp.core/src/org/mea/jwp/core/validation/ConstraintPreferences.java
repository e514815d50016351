package org.mea.jwp.core.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which validation rules the user has switched off (Window > Preferences > JWP Workbench >
 * Validation Rules): their ids, kept in the instance preferences of {@code org.mea.jwp.core} so that
 * the workbench and the command line of one installation agree. Outside OSGi nothing is switched off.
 */
public final class ConstraintPreferences {

	/** The preference node. */
	public static final String NODE = "org.mea.jwp.core"; //$NON-NLS-1$
	/** Ids of the rules switched off, separated by commas. */
	public static final String DISABLED = "disabledConstraints"; //$NON-NLS-1$

	private ConstraintPreferences() {
	}

	/** The ids of the rules switched off. */
	public static Set<String> disabled() {
		Set<String> ids = new TreeSet<>();
		if (Platform.isRunning()) {
			Arrays.stream(node().get(DISABLED, "").split(",")).map(String::strip).filter(id -> !id.isEmpty()) //$NON-NLS-1$ //$NON-NLS-2$
					.forEach(ids::add);
		}
		return ids;
	}

	/** Switches off exactly the rules with {@code ids} and stores the choice. */
	public static void setDisabled(Collection<String> ids) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (ids.isEmpty()) {
			node.remove(DISABLED);
		} else {
			node.put(DISABLED, String.join(",", new TreeSet<>(ids))); //$NON-NLS-1$
		}
		node.flush();
	}

	/** The node, for listening to changes. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
