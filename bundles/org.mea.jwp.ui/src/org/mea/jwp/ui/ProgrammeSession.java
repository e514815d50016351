package org.mea.jwp.ui;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.providers.JwpItemProviderAdapterFactorySpec;

/**
 * One programme being worked on: its resource, the item providers that present it, and the
 * editing domain whose command stack every change goes through (so that Undo/Redo covers all
 * views and editors). The workbench publishes the current session in its {@code IEclipseContext}
 * under {@code ProgrammeSession.class}.
 */
public final class ProgrammeSession {

	private final Resource resource;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;

	public ProgrammeSession(Resource resource) {
		this.resource = resource;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new JwpItemProviderAdapterFactorySpec());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resource.getResourceSet());
		// lets item property descriptors find the domain, so that property edits become commands
		resource.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
	}

	/** The resource holding the programme. */
	public Resource getResource() {
		return resource;
	}

	/** The programme. */
	public Programme getProgramme() {
		return ProgrammeStore.programme(resource);
	}

	/** The item providers of the JWP model (and of resources, reflectively of anything else). */
	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	/** The editing domain; its command stack is the one Undo/Redo work on. */
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** Shortcut for {@code getEditingDomain().getCommandStack()}. */
	public CommandStack getCommandStack() {
		return editingDomain.getCommandStack();
	}

	/** Releases the item providers; the session must not be used afterwards. */
	public void dispose() {
		adapterFactory.dispose();
	}
}
