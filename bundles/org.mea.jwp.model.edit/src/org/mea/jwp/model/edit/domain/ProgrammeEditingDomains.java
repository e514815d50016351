package org.mea.jwp.model.edit.domain;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.mea.jwp.model.edit.providers.JwpItemProviderAdapterFactorySpec;

/**
 * The one configuration of the editing domain of JWP models, for the workbench, the command line,
 * core's services and the tests alike: the hand-written item providers of
 * {@link JwpItemProviderAdapterFactorySpec} (folders, labels and, above all, recorded baselines
 * that no command may change), resources' item providers, and reflective ones for anything else.
 * <p>
 * The factories are composed here rather than taken from
 * {@link ComposedAdapterFactory.Descriptor.Registry#INSTANCE}, so that the configuration is the
 * same outside OSGi; the registry hands out the same hand-written factory for the JWP package
 * (see this bundle's {@code plugin.xml}).
 */
public final class ProgrammeEditingDomains {

	private ProgrammeEditingDomains() {
	}

	/** A new composed adapter factory of the JWP item providers; the caller disposes it. */
	public static ComposedAdapterFactory adapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new JwpItemProviderAdapterFactorySpec());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	/** An editing domain with its own command stack and resource set. */
	public static AdapterFactoryEditingDomain create() {
		return create(new BasicCommandStack(), null);
	}

	/**
	 * An editing domain for the resources of {@code resourceSet}, with its own command stack.
	 *
	 * @param resourceSet the resource set of the programme, or null for a new one
	 */
	public static AdapterFactoryEditingDomain create(ResourceSet resourceSet) {
		return create(new BasicCommandStack(), resourceSet);
	}

	/**
	 * An editing domain working through {@code commandStack} on the resources of
	 * {@code resourceSet}. The resource set then names the domain (so that item property
	 * descriptors and {@link AdapterFactoryEditingDomain#getEditingDomainFor(Object)} find it).
	 *
	 * @param resourceSet the resource set of the programme, or null for a new one
	 */
	public static AdapterFactoryEditingDomain create(CommandStack commandStack, ResourceSet resourceSet) {
		AdapterFactoryEditingDomain domain = resourceSet == null
				? new AdapterFactoryEditingDomain(adapterFactory(), commandStack)
				: new AdapterFactoryEditingDomain(adapterFactory(), commandStack, resourceSet);
		if (resourceSet != null) {
			resourceSet.eAdapters().removeIf(AdapterFactoryEditingDomain.EditingDomainProvider.class::isInstance);
			resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		}
		return domain;
	}
}
