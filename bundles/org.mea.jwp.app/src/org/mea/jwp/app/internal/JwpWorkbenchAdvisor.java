package org.mea.jwp.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.mea.jwp.app.WorkProgrammePerspective;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;

/**
 * Workbench-wide decisions: the default perspective, restoring the layout between sessions, and
 * opening the embedded programme once the workbench is up.
 */
public class JwpWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Reads the embedded programme while the workbench starts. */
	private final DefaultProgrammeLoader defaultProgramme = new DefaultProgrammeLoader();

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		defaultProgramme.schedule();
		// power users arrange their views once and expect to find them again
		configurer.setSaveAndRestore(true);
		// a screen reader names each view's tree or table after the view, the platform's views included
		ViewerNames.install(configurer.getWorkbench().getDisplay());
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new JwpWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		// the window title names the programme the workbench works on, whichever is opened
		workbench.getService(IEclipseContext.class).runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext context) {
				ProgrammeSession session = context.get(ProgrammeSession.class);
				if (workbench.isClosing()) {
					return false;
				}
				workbench.getDisplay().asyncExec(() -> setTitles(workbench, session));
				return true;
			}
		});
		SessionTracking.openEditors(workbench);
		defaultProgramme.publishWhenRead(workbench);
	}

	private void setTitles(IWorkbench workbench, ProgrammeSession session) {
		if (workbench.isClosing()) {
			return;
		}
		String title = session == null ? Messages.window_title
				: Messages.window_title + " \u2013 " + session.getProgramme().getTitle(); //$NON-NLS-1$
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			getWorkbenchConfigurer().getWindowConfigurer(window).setTitle(title);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return WorkProgrammePerspective.ID;
	}
}
