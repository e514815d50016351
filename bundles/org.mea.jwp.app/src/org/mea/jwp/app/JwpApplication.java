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

	/**
	 * Key, in the workbench's {@code IEclipseContext}, of the EMF {@code Resource} holding the
	 * programme the workbench works on (at start: the embedded 2012–2014 programme).
	 */
	public static final String PROGRAMME = "org.mea.jwp.app.programme"; //$NON-NLS-1$

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
