package org.mea.jwp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the modal dialogs a UI test provokes (confirmations, questions), with real button
 * presses: the answer is queued before the action that opens the dialog and runs inside the
 * dialog's own event loop.
 */
public final class Dialogs {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Dialogs() {
	}

	/**
	 * When the next visible shell titled {@code title} opens, records the texts of its labels in
	 * {@code message} (if not null) and presses its button labelled {@code button} (mnemonics
	 * ignored).
	 */
	public static void answerNext(Display display, String title, String button, AtomicReference<String> message) {
		answerNext(display, title, shell -> {
		}, button, message);
	}

	/**
	 * Like {@link #answerNext(Display, String, String, AtomicReference)}, doing {@code before} in the
	 * dialog first (choosing in a list, typing in a field).
	 */
	public static void answerNext(Display display, String title, java.util.function.Consumer<Shell> before,
			String button,
			AtomicReference<String> message) {
		if (message != null) {
			message.set(null);
		}
		display.asyncExec(() -> {
			UiWait.until(display, TIMEOUT, "the dialog \"" + title + "\"", () -> find(display, title) != null); //$NON-NLS-1$ //$NON-NLS-2$
			Shell dialog = find(display, title);
			if (message != null) {
				message.set(String.join("\n", labels(dialog))); //$NON-NLS-1$
			}
			before.accept(dialog);
			for (Button candidate : buttons(dialog)) {
				if (candidate.getText().replace("&", "").equals(button)) { //$NON-NLS-1$ //$NON-NLS-2$
					candidate.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			dialog.close();
			throw new AssertionError("no button " + button + " in " + title); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/**
	 * For dialogs that open later, from a job's end: polls with short timers (which run in whatever
	 * event loop is spinning, the dialog's own included) until a visible shell titled {@code title}
	 * with a button {@code button} is open, then does {@code before} in it, records its labels in
	 * {@code message} (if not null) and presses the button. Gives up after the timeout, recording
	 * "(no dialog)" in {@code message}.
	 */
	public static void answerWhenOpen(Display display, String title, java.util.function.Consumer<Shell> before,
			String button,
			AtomicReference<String> message) {
		if (message != null) {
			message.set(null);
		}
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells())
						.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())
								&& button(s, button) != null)
						.findFirst().orElse(null);
				if (dialog == null) {
					if (System.nanoTime() < deadline) {
						display.timerExec(50, this);
					} else if (message != null) {
						message.set("(no dialog)"); //$NON-NLS-1$
					}
					return;
				}
				before.accept(dialog);
				if (message != null) {
					message.set(String.join("\n", labels(dialog))); //$NON-NLS-1$
				}
				button(dialog, button).notifyListeners(SWT.Selection, new Event());
			}
		};
		display.timerExec(50, poll);
	}

	/** What a test does in an open dialog. */
	@FunctionalInterface
	public interface Steps {
		void in(Shell dialog) throws Exception;
	}

	/** What opens the dialog: a command, a menu item's or a button's selection. */
	@FunctionalInterface
	public interface Opening {
		void run() throws Exception;
	}

	/**
	 * Does {@code opening}, which opens the modal dialog titled {@code title} and returns only when
	 * it closes (as a command's handler does), and {@code steps} in that dialog: they are queued
	 * before and run inside the dialog's own event loop once a visible shell with that title is
	 * there. A dialog the steps leave open is then closed (Cancel). What fails in the steps (a dialog
	 * that never opens included) is thrown here, after a screenshot of the dialog.
	 */
	public static void whileOpen(Display display, String title, Opening opening, Steps steps) throws Exception {
		whileOpen(display, "the dialog \"" + title + "\"", s -> title.equals(s.getText()), opening, steps); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Like {@link #whileOpen(Display, String, Opening, Steps)} for a dialog whose title the test does
	 * not know: the steps run in the first visible shell that was not open before {@code opening}.
	 */
	public static void whileOpen(Display display, Opening opening, Steps steps) throws Exception {
		Set<Shell> before = new HashSet<>(Arrays.asList(display.getShells()));
		whileOpen(display, "a dialog", s -> !before.contains(s), opening, steps); //$NON-NLS-1$
	}

	private static void whileOpen(Display display, String what, Predicate<Shell> which, Opening opening,
			Steps steps) throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<Boolean> done = new AtomicReference<>(false);
		AtomicReference<Shell> dialog = new AtomicReference<>();
		display.asyncExec(() -> {
			try {
				UiWait.until(display, TIMEOUT, what + " to open", () -> { //$NON-NLS-1$
					dialog.set(find(display, which));
					return dialog.get() != null;
				});
				steps.in(dialog.get());
			} catch (Throwable e) {
				failure.set(e);
				try {
					String name = dialog.get() == null ? what : dialog.get().getText();
					Screenshots.capture(display, "FAILED-in-" + name.replaceAll("\\W+", "-")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				} catch (Exception notTaken) {
					e.addSuppressed(notTaken);
				}
			} finally {
				if (dialog.get() != null && !dialog.get().isDisposed()) {
					dialog.get().close();
				}
				done.set(true);
			}
		});
		opening.run();
		UiWait.until(display, TIMEOUT.multipliedBy(4), "the steps in " + what, done::get); //$NON-NLS-1$
		if (failure.get() instanceof Exception e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
	}

	private static Button button(Shell shell, String label) {
		return buttons(shell).stream().filter(b -> b.getText().replace("&", "").equals(label)).findFirst().orElse(null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Presses the enabled button labelled {@code label} (mnemonics ignored) in {@code shell}, as a
	 * click would (a selection event), e.g. a wizard's "Next >" or "Finish".
	 *
	 * @throws AssertionError when there is no such button or it is disabled
	 */
	public static void press(Shell shell, String label) {
		for (Button candidate : buttons(shell)) {
			if (candidate.getText().replace("&", "").equals(label)) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!candidate.isEnabled()) {
					throw new AssertionError("the button " + label + " is disabled"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				candidate.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("no button " + label + " in " + shell.getText()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether {@code shell} has an enabled button labelled {@code label} (mnemonics ignored). */
	public static boolean isEnabled(Shell shell, String label) {
		return buttons(shell).stream().anyMatch(b -> b.getText().replace("&", "").equals(label) && b.isEnabled()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Shell find(Display display, String title) {
		return find(display, s -> title.equals(s.getText()));
	}

	private static Shell find(Display display, Predicate<Shell> which) {
		return Arrays.stream(display.getShells())
				.filter(s -> !s.isDisposed() && s.isVisible() && which.test(s))
				.findFirst().orElse(null);
	}

	private static List<String> labels(Composite composite) {
		List<String> result = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				result.add(label.getText());
			} else if (child instanceof Composite nested) {
				result.addAll(labels(nested));
			}
		}
		return result;
	}

	private static List<Button> buttons(Composite composite) {
		List<Button> result = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			if (child instanceof Button b) {
				result.add(b);
			} else if (child instanceof Composite nested) {
				result.addAll(buttons(nested));
			}
		}
		return result;
	}
}
