package org.mea.jwp.ui.internal.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * The input of the programme editor: the open programme (its session), not a file, because the
 * embedded programme has no file and the Programme Explorer edits the same session.
 */
public final class ProgrammeEditorInput implements IEditorInput {

	private final ProgrammeSession session;

	public ProgrammeEditorInput(ProgrammeSession session) {
		this.session = session;
	}

	public ProgrammeSession getSession() {
		return session;
	}

	@Override
	public boolean exists() {
		return false; // sessions do not outlive the workbench; nothing for the MRU list
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return AbstractUIPlugin.imageDescriptorFromPlugin("org.mea.jwp.ui", "icons/programme.gif"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String getName() {
		return session.getFile() != null ? session.getFile().getFileName().toString()
				: session.getProgramme().getTitle();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return session.getFile() != null ? session.getFile().toString()
				: NLS.bind(Messages.ProgrammeEditorInput_embedded, session.getProgramme().getTitle());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == ProgrammeSession.class ? adapter.cast(session) : null;
	}

	@Override
	public boolean equals(Object object) {
		return object instanceof ProgrammeEditorInput other && other.session == session;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(session);
	}
}
