package org.mea.jwp.core.exchange;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;

/**
 * One declared importer or exporter: creates its class on first use and remembers the first
 * failure, after which the format is switched off for the rest of the session.
 */
final class Contribution {

	private final String extensionPoint;
	private final DataFormat format;
	private final IConfigurationElement element;
	private Object instance;
	private volatile DataFormatProblem failure;

	Contribution(String extensionPoint, DataFormat format, IConfigurationElement element) {
		this.extensionPoint = extensionPoint;
		this.format = format;
		this.element = element;
	}

	DataFormat format() {
		return format;
	}

	/** The failure that switched the format off, or null while it works. */
	DataFormatProblem failure() {
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
				throw fail("its class " + element.getAttribute("class") + " cannot be created: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (!type.isInstance(created)) {
				throw fail("its class " + created.getClass().getName() + " does not implement " + type.getName(), null); //$NON-NLS-1$ //$NON-NLS-2$
			}
			instance = created;
		}
		return type.cast(instance);
	}

	void checkEnabled() throws DataFormatException {
		DataFormatProblem problem = failure;
		if (problem != null) {
			throw new DataFormatException(describe() + " is switched off for this session: " + problem.reason(), null); //$NON-NLS-1$
		}
	}

	/**
	 * Switches the format off, logs why with the contributing plug-in's name, and returns the
	 * exception to throw to the caller.
	 */
	DataFormatException fail(String reason, Throwable cause) {
		if (failure == null) {
			failure = new DataFormatProblem(extensionPoint, format.id(), format.contributor(), reason);
		}
		String message = describe() + " failed and is switched off for this session: " + reason; //$NON-NLS-1$
		ILog.of(Contribution.class).error(message, cause);
		return new DataFormatException(message, cause);
	}

	private String describe() {
		String kind = format.kind() == DataFormat.Kind.IMPORTER ? "The importer " : "The exporter "; //$NON-NLS-1$ //$NON-NLS-2$
		return kind + format.name() + " (" + format.id() + ") of " + format.contributor(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
