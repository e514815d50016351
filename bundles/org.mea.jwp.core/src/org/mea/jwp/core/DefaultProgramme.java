package org.mea.jwp.core;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;

/**
 * The CMS–CITES Joint Work Programme 2012–2014 (Annex to CITES SC62 Doc. 14.3) as shipped inside
 * this bundle: what the workbench opens when it starts without a file, and the reference for tests
 * and reports. It is read-only; "Save As" writes a copy elsewhere.
 */
public final class DefaultProgramme {

	/** Path of the file inside the bundle (and on the class path outside OSGi). */
	public static final String PATH = "/programmes/cms-cites-jwp-2012-2014.jwp"; //$NON-NLS-1$
	/** URI given to the loaded resource. */
	public static final URI URI = org.eclipse.emf.common.util.URI.createURI("platform:/plugin/org.mea.jwp.core" + PATH); //$NON-NLS-1$

	private DefaultProgramme() {
	}

	/** Loads a fresh copy of the embedded programme into its own resource set. */
	public static Resource load() throws ProgrammeFileException {
		try (InputStream in = DefaultProgramme.class.getResourceAsStream(PATH)) {
			if (in == null) {
				throw new ProgrammeFileException(null, 0, 0,
						"the embedded programme " + PATH + " is missing from org.mea.jwp.core", null); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new ProgrammeStore().load(in, URI, null);
		} catch (ProgrammeFileException e) {
			throw e;
		} catch (IOException e) {
			throw new ProgrammeFileException(null, 0, 0, "the embedded programme cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
