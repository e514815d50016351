package org.mea.jwp.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.mea.jwp.app.WorkProgrammePerspective;

/**
 * Workbench-wide decisions: the default perspective, restoring the layout between sessions, and
 * opening the embedded programme once the workbench is up.
 */
public class JwpWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// power users arrange their views once and expect to find them again
		configurer.setSaveAndRestore(true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new JwpWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		new DefaultProgrammeLoader(getWorkbenchConfigurer()).schedule();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return WorkProgrammePerspective.ID;
	}
}
