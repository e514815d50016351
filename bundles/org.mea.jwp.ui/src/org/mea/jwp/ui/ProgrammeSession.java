package org.mea.jwp.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;
import org.mea.jwp.ui.preferences.JwpPreferences;
import org.mea.jwp.core.validation.ConstraintPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;

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
	private Findings findings = Findings.NONE;
	private Path file;
	/** When the file was last read or written by this session: a later time means someone else changed it. */
	private FileTime fileStamp;
	private final ProgrammeSaveable saveable = new ProgrammeSaveable(this);
	/** Validates after changes settle, so that problems and decorations follow the edits (UI thread only). */
	private final Runnable liveValidation = () -> validate(reportingDate());
	private final IPreferenceChangeListener preferencesChanged = event -> {
		if (this.display != null && !this.display.isDisposed()) {
			this.display.asyncExec(this::scheduleValidation);
		}
	};
	private final Display display = Display.getCurrent();
	private boolean disposed;
	private final ListenerList<Runnable> stateListeners = new ListenerList<>();

	public ProgrammeSession(Resource resource) {
		this.resource = resource;
		// the resource set names the domain, so that item property descriptors make property edits commands
		editingDomain = ProgrammeEditingDomains.create(resource.getResourceSet());
		adapterFactory = (ComposedAdapterFactory) editingDomain.getAdapterFactory();
		editingDomain.getCommandStack().addCommandStackListener(event -> scheduleValidation());
		scheduleValidation();
		if (display != null) {
			// rules switched on or off, another reporting date: the findings change without an edit
			ConstraintPreferences.node().addPreferenceChangeListener(preferencesChanged);
			InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).addPreferenceChangeListener(preferencesChanged);
		}
	}

	/** Opens the programme of {@code resource}, which was read from {@code file} (null: not from a file). */
	public ProgrammeSession(Resource resource, Path file) {
		this(resource);
		this.file = file;
		fileStamp = stamp(file);
	}

	/**
	 * Validates a moment after the last change (live validation), when the session was created in
	 * the UI thread; a burst of commands is validated once.
	 */
	private void scheduleValidation() {
		if (display != null && !display.isDisposed() && !disposed) {
			display.timerExec(-1, liveValidation);
			display.timerExec(300, liveValidation);
		}
	}

	private static FileTime stamp(Path file) {
		try {
			return file == null ? null : Files.getLastModifiedTime(file);
		} catch (IOException gone) {
			return null;
		}
	}

	/**
	 * Whether the file was changed (or deleted) by someone else since this session last read or
	 * wrote it.
	 */
	public boolean isChangedOnDisk() {
		if (file == null || fileStamp == null) {
			return false;
		}
		FileTime now = stamp(file);
		return now == null || !now.equals(fileStamp);
	}

	/** Whether the file this session saves to no longer exists. */
	public boolean isDeletedOnDisk() {
		return file != null && !Files.exists(file);
	}

	/**
	 * Accepts the file as it is on disk without reloading (the user chose to keep the editor's
	 * version), so that activation does not ask again; Save still asks before overwriting the other
	 * program's version (the store compares the file's content with what was read).
	 */
	public void ignoreDiskChange() {
		fileStamp = stamp(file);
	}

	/**
	 * Replaces the programme by what is saved (the file, or for the embedded programme its original),
	 * discarding unsaved changes and the undo history. The resource object stays the same, so
	 * views keep their input. On a read error nothing changes.
	 */
	public void reload() throws ProgrammeFileException {
		Resource fresh = file == null ? DefaultProgramme.load() : new ProgrammeStore().load(file);
		List<EObject> contents = new ArrayList<>(fresh.getContents());
		resource.getContents().clear();
		resource.getContents().addAll(contents);
		ProgrammeStore.adoptFileState(fresh, resource); // the next save checks the file against this version
		fileStamp = stamp(file);
		editingDomain.getCommandStack().flush();
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		scheduleValidation();
		fireStateChanged();
	}

	/**
	 * Calls {@code listener} after the session was saved or reloaded (its file, dirty state or
	 * contents changed without a command).
	 */
	public void addStateListener(Runnable listener) {
		stateListeners.add(listener);
	}

	public void removeStateListener(Runnable listener) {
		stateListeners.remove(listener);
	}

	private void fireStateChanged() {
		for (Runnable listener : stateListeners) {
			listener.run();
		}
	}

	/** The unit of saving shared by every part that shows this programme (one prompt, one Save). */
	public ProgrammeSaveable getSaveable() {
		return saveable;
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
	 *
	 * @throws org.mea.jwp.core.persistence.ProgrammeChangedException when {@code target} is the file
	 *             the programme was read from or last saved to and another program changed it since;
	 *             nothing was written and the session is unchanged
	 */
	public void saveAs(Path target) throws ProgrammeFileException {
		saveAs(target, false);
	}

	/**
	 * Like {@link #saveAs(Path)}; with {@code overwriteChanges}, replaces what another program saved to
	 * the file since it was read (the user chose to).
	 */
	public void saveAs(Path target, boolean overwriteChanges) throws ProgrammeFileException {
		new ProgrammeStore().save(resource, target, overwriteChanges);
		resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(target.toAbsolutePath().toString()));
		file = target;
		fileStamp = stamp(target);
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		fireStateChanged();
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
	 * The date progress is measured against: the one set in the preferences, else the last day of
	 * the programme's period (see {@link JwpPreferences#reportingDate}).
	 */
	public LocalDate reportingDate() {
		return JwpPreferences.reportingDate(getProgramme());
	}

	/**
	 * Validates the programme with every enabled constraint against the reporting date, keeps the
	 * result and tells the listeners (the Problems view). Runs in the calling thread, which must
	 * be the one that edits the model (the UI thread).
	 */
	public Diagnostic validate(LocalDate reportingDate) {
		lastValidation = ProgrammeValidation.validate(getProgramme(), reportingDate);
		findings = new Findings(lastValidation);
		for (Consumer<Diagnostic> listener : validationListeners) {
			listener.accept(lastValidation);
		}
		return lastValidation;
	}

	/** The result of the last {@link #validate(LocalDate)}, or {@code null}. */
	public Diagnostic getLastValidation() {
		return lastValidation;
	}

	/** The findings of the last validation, indexed by element and feature. */
	public Findings getFindings() {
		return findings;
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
		disposed = true;
		ConstraintPreferences.node().removePreferenceChangeListener(preferencesChanged);
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).removePreferenceChangeListener(preferencesChanged);
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, liveValidation);
		}
		adapterFactory.dispose();
	}
}
