package org.mea.jwp.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;

/**
 * The README's pictures of one part: the workbench window at a fixed size with the part maximized,
 * so that the picture shows the part's content rather than a sliver of it.
 */
public final class Pictures {

	private Pictures() {
	}

	/** Captures the window with {@code part} maximized, then restores the layout. */
	public static Path ofPart(IWorkbenchPage page, IWorkbenchPart part, String name) throws IOException {
		return ofPart(page, part, name, () -> {
		});
	}

	/** Like {@link #ofPart(IWorkbenchPage, IWorkbenchPart, String)}, doing {@code prepare} once the part is maximized (scrolling to what the picture shows). */
	public static Path ofPart(IWorkbenchPage page, IWorkbenchPart part, String name, Runnable prepare)
			throws IOException {
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 800);
		page.activate(part);
		page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.flush(shell.getDisplay());
		prepare.run();
		UiWait.flush(shell.getDisplay());
		try {
			return Screenshots.capture(shell, name);
		} finally {
			page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
			UiWait.flush(shell.getDisplay());
		}
	}
}
