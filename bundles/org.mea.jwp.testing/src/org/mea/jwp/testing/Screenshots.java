package org.mea.jwp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Screenshots of the whole display, for UI tests: on failure (see {@link ScreenshotOnFailure}) and
 * for the pictures in the README. Files go to the folder named by the system property
 * {@code jwp.screenshots} (the build sets it to {@code target/screenshots} of the test bundle).
 */
public final class Screenshots {

	/** System property naming the screenshot folder. */
	public static final String FOLDER_PROPERTY = "jwp.screenshots"; //$NON-NLS-1$

	private Screenshots() {
	}

	/** The folder screenshots are written to; created on demand. */
	public static Path folder() {
		return Paths.get(System.getProperty(FOLDER_PROPERTY, "target/screenshots")).toAbsolutePath(); //$NON-NLS-1$
	}

	/**
	 * Captures the display to {@code folder()/name.png}. Must run in the UI thread.
	 *
	 * @return the file written
	 */
	public static Path capture(Display display, String name) throws IOException {
		return capture(display, display.getBounds(), name);
	}

	/** Captures the part of the display that {@code shell} covers (a window, without the empty screen around it). */
	public static Path capture(Shell shell, String name) throws IOException {
		return capture(shell.getDisplay(), shell.getBounds().intersection(shell.getDisplay().getBounds()), name);
	}

	/**
	 * Draws {@code shell}'s contents into a picture ({@link org.eclipse.swt.widgets.Control#print}),
	 * without the window frame: unlike a copy of the screen it does not depend on where the window is
	 * or on whether the X server has painted the last change yet, so it suits dialogs in the README.
	 * Must run in the UI thread.
	 */
	public static Path print(Shell shell, String name) throws IOException {
		Path file = folder().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.createDirectories(file.getParent());
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// drain: layouts and updates first
		}
		Rectangle size = shell.getClientArea();
		Image image = new Image(display, size.width, size.height);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}

	private static Path capture(Display display, Rectangle area, String name) throws IOException {
		Path file = folder().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.createDirectories(file.getParent());
		// let pending layouts and paints happen, or the picture shows what was there before
		while (display.readAndDispatch()) {
			// drain
		}
		display.update();
		Rectangle bounds = area;
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
