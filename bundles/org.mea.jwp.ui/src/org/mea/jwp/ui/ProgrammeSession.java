package org.mea.jwp.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.ProgrammeValidation;
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
	private final ListenerList<Consumer<Diagnostic>> validationListeners = new ListenerList<>();
	private Diagnostic lastValidation;
	private Path file;

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

	/** Opens the programme of {@code resource}, which was read from {@code file} (null: not from a file). */
	public ProgrammeSession(Resource resource, Path file) {
		this(resource);
		this.file = file;
	}

	/** The file the programme is saved to, or {@code null} (the embedded programme, a new one). */
	public Path getFile() {
		return file;
	}

	/** Whether there are changes since the programme was opened or last saved. */
	public boolean isDirty() {
		return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
	}

	/**
	 * Saves the programme to {@code target} (atomically, keeping a backup) and from then on to that
	 * file; the command stack remembers the saved state, so undoing past it makes the programme
	 * dirty again.
	 */
	public void saveAs(Path target) throws ProgrammeFileException {
		new ProgrammeStore().save(resource, target);
		resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(target.toAbsolutePath().toString()));
		file = target;
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
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

	/**
	 * Validates the programme with every enabled constraint against the reporting date, keeps the
	 * result and tells the listeners (the Problems view). Runs in the calling thread, which must
	 * be the one that edits the model (the UI thread).
	 */
	public Diagnostic validate(LocalDate reportingDate) {
		lastValidation = ProgrammeValidation.validate(getProgramme(), reportingDate);
		for (Consumer<Diagnostic> listener : validationListeners) {
			listener.accept(lastValidation);
		}
		return lastValidation;
	}

	/** The result of the last {@link #validate(LocalDate)}, or {@code null}. */
	public Diagnostic getLastValidation() {
		return lastValidation;
	}

	/** Calls {@code listener} with each new validation result. */
	public void addValidationListener(Consumer<Diagnostic> listener) {
		validationListeners.add(listener);
	}

	public void removeValidationListener(Consumer<Diagnostic> listener) {
		validationListeners.remove(listener);
	}

	/** Releases the item providers; the session must not be used afterwards. */
	public void dispose() {
		adapterFactory.dispose();
	}
}
