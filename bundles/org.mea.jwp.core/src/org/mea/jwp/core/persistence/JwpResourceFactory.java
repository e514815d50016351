package org.mea.jwp.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.mea.jwp.model.JwpPackage;

/**
 * Creates {@link JwpResource}s for {@code .jwp} files. Inside Eclipse it is registered for the
 * extension through {@code plugin.xml}; plain Java callers use {@link #register(ResourceSet)}.
 */
public class JwpResourceFactory extends ResourceFactoryImpl {

	/** File extension of programme files. */
	public static final String EXTENSION = "jwp"; //$NON-NLS-1$

	@Override
	public Resource createResource(URI uri) {
		return new JwpResource(uri);
	}

	/** Makes {@code resourceSet} read and write {@code .jwp} files outside an Eclipse runtime too. */
	public static ResourceSet register(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(JwpPackage.eNS_URI, JwpPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new JwpResourceFactory());
		return resourceSet;
	}
}
