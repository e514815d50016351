package org.mea.jwp.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.app.internal.JwpWorkbenchAdvisor;

/**
 * The JWP Workbench application ({@code org.mea.jwp.app.application}): starts the workbench with
 * the Work Programme perspective.
 */
public class JwpApplication implements IApplication {

	/** Extension id of this application, as named in the product and the start scripts. */
	public static final String ID = "org.mea.jwp.app.application"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new JwpWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
