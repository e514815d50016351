package org.mea.jwp.core.registry;

/**
 * A contribution that is not used: its declaration is incomplete or wrong, or its class could not
 * be created or failed while running and was switched off for the session; or, for a data format,
 * one used without the alias it declares, which another format has or which is no short name
 * ({@link org.mea.jwp.core.exchange.FormatAliases}).
 *
 * @param extensionPoint id of the extension point it was declared to
 * @param id the contribution's id as declared (may be null for a declaration without one)
 * @param contributor symbolic name of the declaring plug-in or fragment
 * @param reason what is wrong
 */
public record RegistryProblem(String extensionPoint, String id, String contributor, String reason) {

	/** One line for logs and command-line output. */
	public String message() {
		return extensionPoint + " \"" + id + "\" of " + contributor + ": " + reason; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public String toString() {
		return message();
	}
}
