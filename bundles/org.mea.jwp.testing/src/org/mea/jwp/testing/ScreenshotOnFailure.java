package org.mea.jwp.testing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension that saves a screenshot when a UI test fails, named after the test class and
 * method, so that a red build on a machine without a screen still shows what the user would have
 * seen. Use with {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Display display = Display.getDefault();
		String name = context.getRequiredTestClass().getSimpleName() + "." //$NON-NLS-1$
				+ context.getTestMethod().map(m -> m.getName()).orElse("unknown"); //$NON-NLS-1$
		AtomicReference<Path> written = new AtomicReference<>();
		Runnable capture = () -> {
			try {
				written.set(Screenshots.capture(display, "FAILED-" + name)); //$NON-NLS-1$
			} catch (Exception e) {
				cause.addSuppressed(e);
			}
		};
		if (display.getThread() == Thread.currentThread()) {
			capture.run();
		} else {
			display.syncExec(capture);
		}
		if (written.get() != null) {
			System.err.println("Screenshot of failed test " + name + ": " + written.get()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
