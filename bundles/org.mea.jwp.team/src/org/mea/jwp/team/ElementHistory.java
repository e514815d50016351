package org.mea.jwp.team;

import org.eclipse.osgi.util.NLS;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.team.internal.ElementFragment;
import org.mea.jwp.team.internal.ElementSnapshot;
import org.mea.jwp.team.internal.ElementSnapshot.Element;
import org.mea.jwp.team.internal.ProgrammeVersions;
import org.mea.jwp.team.internal.ProgrammeVersions.Version;

/**
 * Who changed what in a programme, and when: the commits that changed the programme file, newest
 * first, each version compared with the one before it element by element (matched by id), feature
 * by feature. Each version is loaded at most once (versions are kept by blob id, so content that
 * comes back is not loaded again); for one element, versions whose bytes for that element did not
 * change are not loaded at all ({@link ElementFragment}).
 */
public final class ElementHistory {

	private final Repository repository;
	private final String path;
	private final Path file;
	private final Map<ObjectId, Object> loaded = new HashMap<>();

	/** The history of {@code programme}, a file in the working tree of {@code repository}. */
	public ElementHistory(ProgrammeRepository repository, Path programme) throws TeamException {
		this.repository = repository.repository();
		this.path = repository.pathOf(programme);
		this.file = programme.toAbsolutePath();
	}

	/** How the entries of {@code element} name it ("B6"), for a title such as "History of B6". */
	public static String labelOf(EObject element) {
		return ElementSnapshot.label(element);
	}

	/** Every change of every element, newest first; the oldest version's programme as "added". */
	public List<HistoryEntry> programme(IProgressMonitor monitor) throws TeamException {
		List<Version> versions = versions(monitor);
		List<HistoryEntry> entries = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			checkCanceled(monitor);
			Version newer = versions.get(i);
			Object after = snapshot(newer);
			if (after instanceof String problem) {
				entries.add(entry(HistoryEntry.Kind.UNREADABLE, null, newer, null, problem));
				continue;
			}
			ElementSnapshot newSnapshot = (ElementSnapshot) after;
			ElementSnapshot oldSnapshot = older(versions, i);
			if (oldSnapshot == null) {
				Element root = newSnapshot.root();
				if (root != null) {
					entries.add(entry(HistoryEntry.Kind.ADDED, root, newer, null, null));
				}
				continue;
			}
			for (Element element : newSnapshot.elements()) {
				compare(oldSnapshot.get(element.id()), element, newer, entries);
			}
			for (Element element : oldSnapshot.elements()) {
				if (newSnapshot.get(element.id()) == null) {
					entries.add(entry(HistoryEntry.Kind.REMOVED, element, newer, null, null));
				}
			}
		}
		return entries;
	}

	/** The changes of the element with {@code id}, newest first; its oldest version as "added". */
	public List<HistoryEntry> element(String id, IProgressMonitor monitor) throws TeamException {
		List<Version> versions = versions(monitor);
		List<HistoryEntry> entries = new ArrayList<>();
		byte[] newerBytes = versions.isEmpty() ? null : fragment(versions.get(0), id);
		for (int i = 0; i < versions.size(); i++) {
			checkCanceled(monitor);
			Version newer = versions.get(i);
			byte[] olderBytes = i + 1 < versions.size() ? fragment(versions.get(i + 1), id) : null;
			if (i + 1 < versions.size() && Arrays.equals(newerBytes, olderBytes)) {
				newerBytes = olderBytes;
				continue; // the element's bytes are the same: nothing of it changed here
			}
			newerBytes = olderBytes;
			Object after = snapshot(newer);
			if (after instanceof String problem) {
				entries.add(entry(HistoryEntry.Kind.UNREADABLE, null, newer, null, problem));
				continue;
			}
			Element element = ((ElementSnapshot) after).get(id);
			ElementSnapshot oldSnapshot = older(versions, i);
			Element before = oldSnapshot == null ? null : oldSnapshot.get(id);
			if (element != null || before != null) {
				compare(before, element, newer, entries);
			}
		}
		return entries;
	}

	/** The snapshot of the nearest older version that could be read, or {@code null}. */
	private ElementSnapshot older(List<Version> versions, int index) throws TeamException {
		for (int j = index + 1; j < versions.size(); j++) {
			if (snapshot(versions.get(j)) instanceof ElementSnapshot snapshot) {
				return snapshot;
			}
		}
		return null;
	}

	private void compare(Element before, Element after, Version version, List<HistoryEntry> entries) {
		if (before == null) {
			entries.add(entry(HistoryEntry.Kind.ADDED, after, version, null, null));
		} else if (after == null) {
			entries.add(entry(HistoryEntry.Kind.REMOVED, before, version, null, null));
		} else {
			for (ElementSnapshot.Difference difference : ElementSnapshot.differences(before, after)) {
				entries.add(entry(HistoryEntry.Kind.CHANGED, after, version, difference, null));
			}
		}
	}

	private HistoryEntry entry(HistoryEntry.Kind kind, Element element, Version version,
			ElementSnapshot.Difference difference, String problem) {
		PersonIdent author = version.commit().getAuthorIdent();
		return new HistoryEntry(kind, element == null ? null : element.id(),
				element == null ? version.path() : element.label(),
				difference == null ? null : difference.feature(), difference == null ? null : difference.oldValue(),
				difference == null ? problem : difference.newValue(), version.commit().getName(), author.getName(),
				author.getEmailAddress(), author.getWhenAsInstant().atZone(author.getZoneId()),
				version.commit().getFullMessage());
	}

	private List<Version> versions(IProgressMonitor monitor) throws TeamException {
		try {
			return ProgrammeVersions.of(repository, path, monitor);
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ElementHistory_cannotReadHistory, path, e.getMessage()), e);
		}
	}

	private byte[] fragment(Version version, String id) throws TeamException {
		return ElementFragment.of(bytes(version), id);
	}

	private byte[] bytes(Version version) throws TeamException {
		try {
			return repository.open(version.blob()).getBytes();
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotReadAt,
					new Object[] { version.path(), version.commit().getName(), e.getMessage() }), e);
		}
	}

	/** The version's snapshot, or the reason it cannot be read as a programme; loaded once per blob. */
	private Object snapshot(Version version) throws TeamException {
		Object known = loaded.get(version.blob());
		if (known != null) {
			return known;
		}
		Object result;
		try {
			Resource resource = new ProgrammeStore().load(new ByteArrayInputStream(bytes(version)),
					URI.createFileURI(file.toString()), file);
			result = ElementSnapshot.of(resource);
			resource.unload();
		} catch (ProgrammeFileException e) {
			result = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
		loaded.put(version.blob(), result);
		return result;
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
