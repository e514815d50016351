package org.mea.jwp.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.mea.jwp.model.JwpPackage;

/**
 * Creates {@link JwpResource}s for {@code .jwp} files. Inside Eclipse it is registered for the
 * extension through {@code plugin.xml}; plain Java callers use {@link #register(ResourceSet)}.
 * Programme files themselves are read and made through {@link #newResource(URI)}, which does not
 * depend on the file's name: a lookup by extension would give any other name ({@code .jwp.bak},
 * {@code .JWP}, {@code .xml}) a plain XMI resource without the loader's defences.
 */
public class JwpResourceFactory extends ResourceFactoryImpl {

	/** File extension of programme files. */
	public static final String EXTENSION = "jwp"; //$NON-NLS-1$

	@Override
	public Resource createResource(URI uri) {
		return new JwpResource(uri);
	}

	/**
	 * A new {@link JwpResource} for {@code uri} in a resource set of its own, whatever the URI's
	 * extension. The set knows the JWP package and opens no other document (see
	 * {@link ClosedUriConverter}).
	 */
	public static JwpResource newResource(URI uri) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(JwpPackage.eNS_URI, JwpPackage.eINSTANCE);
		resourceSet.setURIConverter(new ClosedUriConverter());
		JwpResource resource = new JwpResource(uri);
		resourceSet.getResources().add(resource);
		return resource;
	}

	/** Makes {@code resourceSet} read and write {@code .jwp} files outside an Eclipse runtime too. */
	public static ResourceSet register(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(JwpPackage.eNS_URI, JwpPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new JwpResourceFactory());
		return resourceSet;
	}
}
