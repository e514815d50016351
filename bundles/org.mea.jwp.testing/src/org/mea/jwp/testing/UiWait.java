package org.mea.jwp.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waiting in UI tests without {@code Thread.sleep}: runs the event loop until a condition holds,
 * so that asynchronous UI work (asyncExec, jobs reporting back, layouts) can finish.
 */
public final class UiWait {

	private UiWait() {
	}

	/**
	 * Processes UI events until {@code condition} is true. Must run in the UI thread.
	 *
	 * @throws AssertionError naming {@code what} when the condition does not hold in time
	 */
	public static void until(Display display, Duration timeout, String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				// wake up at least every 50 ms to re-check conditions that change off the UI thread
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop until no more events are pending. */
	public static void flush(Display display) {
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
