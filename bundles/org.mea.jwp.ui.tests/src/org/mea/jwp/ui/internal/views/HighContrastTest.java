package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The workbench under the system's high-contrast theme: the build runs this class in an execution of
 * its own, where GTK reads the theme's name "HighContrast" from the settings a user's desktop writes
 * ({@code high-contrast/gtk-3.0/settings.ini}, through {@code XDG_CONFIG_HOME}). SWT
 * reports high contrast, the Timeline paints with the theme's colours rather than its pale greys
 * (read back from the canvas's pixels), and the window is pictured for the documentation
 * ({@code target/screenshots/workbench-high-contrast.png}).
 */
@ExtendWith(ScreenshotOnFailure.class)
class HighContrastTest {

	@Test
	void theWorkbenchFollowsTheSystemsHighContrastTheme() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		ProgrammeSession session = RunningWorkbench.session();
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		assertTrue(display.getHighContrast(), "SWT reports the high-contrast theme (XDG_CONFIG_HOME=" //$NON-NLS-1$
				+ System.getenv("XDG_CONFIG_HOME") + ")"); //$NON-NLS-1$ //$NON-NLS-2$

		TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
		UiWait.until(display, Duration.ofSeconds(30), "the timeline", () -> timeline.getModel() != null); //$NON-NLS-1$
		RGB background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB();
		RGB heading = pixel(timeline, 2, TimelineView.HEADER + 2); // the first theme's heading row
		assertEquals(background, heading, "a theme's heading row has the theme's background, not a pale blue"); //$NON-NLS-1$
		assertNotEquals(new RGB(242, 245, 250), heading);

		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 800);
		page.activate(ProgrammeEditors.find(page, session));
		ProgrammeEditors.find(page, session).showElement(session.getProgramme().findActivity("B6")); //$NON-NLS-1$
		page.activate(timeline);
		UiWait.flush(display);
		Screenshots.capture(shell, "workbench-high-contrast"); //$NON-NLS-1$
	}

	private static RGB pixel(TimelineView view, int x, int y) {
		Rectangle size = view.getCanvas().getBounds();
		Image image = new Image(view.getCanvas().getDisplay(), size.width, size.height);
		GC gc = new GC(image);
		try {
			view.getCanvas().print(gc);
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(x, y));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
