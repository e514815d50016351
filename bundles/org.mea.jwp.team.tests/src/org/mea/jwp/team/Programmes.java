package org.mea.jwp.team;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/** Programme files for the tests: the embedded programme written out, and edits saved in place. */
final class Programmes {

	static final Author ANNA = new Author("Anna Person", "anna@cms.example"); //$NON-NLS-1$ //$NON-NLS-2$
	static final Author BRUNO = new Author("Bruno Other", "bruno@cites.example"); //$NON-NLS-1$ //$NON-NLS-2$

	private Programmes() {
	}

	/** Writes the embedded programme to {@code file}. */
	static Path write(Path file) throws Exception {
		new ProgrammeStore().save(DefaultProgramme.load(), file);
		return file;
	}

	/** Loads {@code file}, applies {@code edit} to it and saves it. */
	static void edit(Path file, Consumer<Programme> edit) throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(file);
		edit.accept(ProgrammeStore.programme(resource));
		store.save(resource, file);
	}

	static Activity activity(Programme programme, String id) {
		return programme.activities().stream().filter(a -> id.equals(a.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no activity " + id)); //$NON-NLS-1$
	}

	static Activity activity(Path file, String id) throws Exception {
		return activity(ProgrammeStore.programme(new ProgrammeStore().load(file)), id);
	}
}
