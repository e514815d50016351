package org.mea.jwp.core.exchange;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.mea.jwp.core.registry.RegistryProblem;

/**
 * One declared importer or exporter: creates its class on first use and remembers the first
 * failure, after which the format is switched off for the rest of the session.
 */
final class Contribution {

	private final String extensionPoint;
	private final DataFormat format;
	private final IConfigurationElement element;
	private Object instance;
	private volatile RegistryProblem failure;

	Contribution(String extensionPoint, DataFormat format, IConfigurationElement element) {
		this.extensionPoint = extensionPoint;
		this.format = format;
		this.element = element;
	}

	DataFormat format() {
		return format;
	}

	/** The failure that switched the format off, or null while it works. */
	RegistryProblem failure() {
		return failure;
	}

	/**
	 * The contributed object, created on the first call.
	 *
	 * @throws DataFormatException when the format is switched off or its class cannot be created
	 *         as a {@code type}
	 */
	synchronized <T> T instance(Class<T> type) throws DataFormatException {
		checkEnabled();
		if (instance == null) {
			Object created;
			try {
				created = element.createExecutableExtension("class"); //$NON-NLS-1$
			} catch (CoreException | RuntimeException | LinkageError e) {
				throw fail(NLS.bind(Messages.Contribution_cannotCreate, element.getAttribute("class"), e.getMessage()), //$NON-NLS-1$
						e);
			}
			if (!type.isInstance(created)) {
				throw fail(NLS.bind(Messages.Contribution_wrongType, created.getClass().getName(), type.getName()),
						null);
			}
			instance = created;
		}
		return type.cast(instance);
	}

	void checkEnabled() throws DataFormatException {
		RegistryProblem problem = failure;
		if (problem != null) {
			throw new DataFormatException(NLS.bind(Messages.Contribution_switchedOff, describe(), problem.reason()),
					null);
		}
	}

	/**
	 * Switches the format off, logs why with the contributing plug-in's name, and returns the
	 * exception to throw to the caller.
	 */
	DataFormatException fail(String reason, Throwable cause) {
		if (failure == null) {
			failure = new RegistryProblem(extensionPoint, format.id(), format.contributor(), reason);
		}
		String message = NLS.bind(Messages.Contribution_failed, describe(), reason);
		ILog.of(Contribution.class).error(message, cause);
		return new DataFormatException(message, cause);
	}

	private String describe() {
		return NLS.bind(
				format.kind() == DataFormat.Kind.IMPORTER ? Messages.Contribution_importer
						: Messages.Contribution_exporter,
				new Object[] { format.name(), format.id(), format.contributor() });
	}
}
