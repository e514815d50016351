package org.mea.jwp.ui.internal.team;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.TeamException;
import org.mea.jwp.team.UncommittedChanges;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * The elements of one open programme that changed since its last commit, kept current as the user
 * edits, saves, commits and pulls: the committed version is read in a job (again when the commit
 * changes), the comparison runs on the UI thread shortly after edits settle. Attached to the
 * session's resource set, as EMF attaches state to models; {@link #of} finds or creates it.
 */
public final class UncommittedElements extends AdapterImpl {

	private static final int SETTLE_MILLIS = 300;
	/** Told when any programme's set changed: the decorator refreshes the trees' labels. */
	private static final ListenerList<Runnable> LISTENERS = new ListenerList<>();

	private final ProgrammeSession session;
	private final Display display;
	private final Runnable recompute = this::recompute;
	private final CommandStackListener edited = event -> schedule();
	private final Runnable savedOrReloaded = this::refresh;
	/** {@code null} while the programme is not in a repository or its last commit is not read yet. */
	private volatile UncommittedChanges committed;
	private Path readFor;
	private volatile Map<String, String> changed = Map.of();
	/** The changed elements and every element holding one: what the trees mark. */
	private volatile Set<String> marked = Set.of();

	private UncommittedElements(ProgrammeSession session) {
		this.session = session;
		this.display = Display.getCurrent();
		session.getCommandStack().addCommandStackListener(edited);
		session.addStateListener(savedOrReloaded);
	}

	/** The tracker of {@code session} if there is one yet. */
	public static UncommittedElements existing(ProgrammeSession session) {
		return (UncommittedElements) EcoreUtil.getExistingAdapter(session.getResource().getResourceSet(),
				UncommittedElements.class);
	}

	/** The tracker of {@code session}, created (and its committed version read) on first use. UI thread. */
	public static UncommittedElements of(ProgrammeSession session) {
		ResourceSet set = session.getResource().getResourceSet();
		UncommittedElements tracker = (UncommittedElements) EcoreUtil.getExistingAdapter(set,
				UncommittedElements.class);
		if (tracker == null) {
			tracker = new UncommittedElements(session);
			set.eAdapters().add(tracker);
			tracker.refresh();
		}
		return tracker;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == UncommittedElements.class;
	}

	static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	/**
	 * Whether {@code element}, or an element inside it, changed since the last commit. Any thread:
	 * the decorations are computed in the background.
	 */
	public boolean isChanged(EObject element) {
		String id = EcoreUtil.getID(element);
		return id != null && marked.contains(id);
	}

	/** The elements changed since the last commit, id to label, in document order (none outside a repository). */
	public Map<String, String> changedElements() {
		return changed;
	}

	/** Whether the programme's file is in its repository's last commit (so that its changes can be listed). */
	public boolean isCommitted() {
		UncommittedChanges version = committed;
		return version != null && version.isCommitted() && Objects.equals(readFor, session.getFile());
	}

	/** Reads the last commit's version again (after a commit, a pull, a save to another file). */
	public void refresh() {
		Path file = session.getFile();
		if (file == null) {
			committed = null;
			readFor = null;
			update(Map.of());
			return;
		}
		Job read = Job.create(NLS.bind(Messages.UncommittedElements_job, file.getFileName()), monitor -> {
			UncommittedChanges version;
			try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
				version = UncommittedChanges.since(repository, file);
			} catch (TeamException notShared) {
				version = null; // not in a repository, or its commit unreadable: nothing to mark
			}
			UncommittedChanges found = version;
			display.asyncExec(() -> {
				committed = found;
				readFor = file;
				recompute();
			});
			return Status.OK_STATUS;
		});
		read.setSystem(true);
		read.schedule();
	}

	private void schedule() {
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, recompute);
			display.timerExec(SETTLE_MILLIS, recompute);
		}
	}

	private void recompute() {
		UncommittedChanges version = committed;
		// a programme never committed is not marked all over: only changes to a shared version are
		boolean current = version != null && version.isCommitted() && Objects.equals(readFor, session.getFile());
		update(current ? version.changed(session.getResource()) : Map.of());
	}

	private Set<String> withContainers(Set<String> ids) {
		Set<String> result = new HashSet<>(ids);
		if (ids.isEmpty()) {
			return result;
		}
		for (var all = session.getResource().getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (ids.contains(EcoreUtil.getID(element))) {
				for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
					String id = EcoreUtil.getID(container);
					if (id != null) {
						result.add(id);
					}
				}
			}
		}
		return Set.copyOf(result);
	}

	private void update(Map<String, String> elements) {
		if (!elements.equals(changed)) {
			marked = withContainers(elements.keySet());
			changed = Collections.unmodifiableMap(elements); // in document order, for the commit dialog
			LISTENERS.forEach(Runnable::run);
		}
	}
}
