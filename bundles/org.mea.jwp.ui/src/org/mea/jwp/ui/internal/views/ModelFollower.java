package org.mea.jwp.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.swt.widgets.Control;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;

/**
 * What every view of the open programme does around its content: follows the current
 * {@link ProgrammeSession} (opened in the background at start, replaced by File > Open), listens
 * to that session's model while it is the current one, and lets go of it when the view's control
 * is disposed. The view is called back in the UI thread: with the new session when it changes,
 * and once per burst of model changes (a command changes many features; the view redraws once).
 */
final class ModelFollower {

	private final Control owner;
	private final Consumer<ProgrammeSession> sessionChanged;
	private final Runnable modelChanged;
	private final INotifyChangedListener listener = notification -> changed();
	private ProgrammeSession session;
	private volatile boolean changePending;

	private ModelFollower(Control owner, Consumer<ProgrammeSession> sessionChanged, Runnable modelChanged) {
		this.owner = owner;
		this.sessionChanged = sessionChanged;
		this.modelChanged = modelChanged;
	}

	/**
	 * Starts following for the view whose content is {@code owner}: {@code sessionChanged} gets the
	 * current session (or null) now and whenever another one becomes current, {@code modelChanged}
	 * runs after changes to its model.
	 */
	static ModelFollower follow(Control owner, Consumer<ProgrammeSession> sessionChanged, Runnable modelChanged) {
		ModelFollower follower = new ModelFollower(owner, sessionChanged, modelChanged);
		owner.addDisposeListener(event -> follower.release());
		SessionTracking.track(owner, follower::show);
		return follower;
	}

	/** The session followed now; null when no programme is open. */
	ProgrammeSession session() {
		return session;
	}

	private void show(ProgrammeSession newSession) {
		if (owner.isDisposed() || newSession == session) {
			return;
		}
		release();
		session = newSession;
		if (session != null) {
			session.getAdapterFactory().addListener(listener);
		}
		sessionChanged.accept(session);
	}

	private void changed() {
		if (changePending || owner.isDisposed()) {
			return;
		}
		changePending = true;
		owner.getDisplay().asyncExec(() -> {
			changePending = false;
			if (!owner.isDisposed()) {
				modelChanged.run();
			}
		});
	}

	private void release() {
		if (session != null) {
			session.getAdapterFactory().removeListener(listener);
		}
	}
}
