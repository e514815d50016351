package org.mea.jwp.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Keys pressed as a keyboard presses them: {@link Display#post(Event)} hands each key to the window
 * system (XTest under X11), which sends it to the focused widget of the active window, through key
 * bindings, mnemonics and traversal like a real key. Nothing here calls a widget's listeners
 * directly. Must run in the UI thread; the events are processed before each method returns.
 */
public final class Keyboard {

	private Keyboard() {
	}

	/** Presses {@code key} (an SWT key code such as {@link SWT#ARROW_DOWN}, or a character) with modifiers held. */
	public static void press(Display display, int key, int... modifiers) {
		if (!pressOnce(display, key, modifiers)) {
			// the window system's focus is elsewhere though SWT thinks its window active: give it back
			org.eclipse.swt.widgets.Control focus = display.getFocusControl();
			giveFocusTo(focus != null ? focus.getShell() : display.getActiveShell());
			if (!pressOnce(display, key, modifiers)) {
				throw new AssertionError("the key " + key + " never reached the workbench (focus: " //$NON-NLS-1$ //$NON-NLS-2$
						+ display.getFocusControl() + ", active shell: " + display.getActiveShell() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		settle(display);
	}

	/**
	 * Presses {@code key} in an open menu: a menu takes the keyboard for itself and SWT sees no key
	 * event, so what the key did is told by the menu's events (an item armed, a menu shown or hidden).
	 */
	public static void pressInMenu(Display display, int key) {
		post(display, key);
		long until = System.nanoTime() + 150_000_000L;
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
		settle(display);
	}

	/** Posts the key and waits until it comes back; false when it did not in 5 s. */
	private static boolean pressOnce(Display display, int key, int... modifiers) {
		int[] seen = { 0 };
		org.eclipse.swt.widgets.Listener counter = event -> {
			if (event.keyCode == key || Character.toLowerCase(event.character) == key) {
				seen[0]++;
			}
		};
		display.addFilter(SWT.KeyDown, counter);
		display.addFilter(SWT.KeyUp, counter);
		try {
			pointInto(display);
			post(display, key, modifiers);
			// the key comes back from the window system a moment later (a menu it opens may keep its
			// release), or never when a window of another program has the input focus
			long deadline = System.nanoTime() + 5_000_000_000L;
			while (seen[0] == 0) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				if (!display.readAndDispatch()) {
					Thread.onSpinWait();
				}
			}
			return true;
		} finally {
			display.removeFilter(SWT.KeyDown, counter);
			display.removeFilter(SWT.KeyUp, counter);
		}
	}

	/**
	 * Gives {@code shell} the window system's input focus. Without a window manager (Xvfb) the focus
	 * can be lost while SWT still counts the shell active, and then {@link org.eclipse.swt.widgets.Shell#forceActive()} does
	 * nothing: a small shell is opened and closed first, which makes SWT ask for the focus again.
	 */
	public static void giveFocusTo(org.eclipse.swt.widgets.Shell shell) {
		if (shell == null || shell.isDisposed()) {
			return;
		}
		Display display = shell.getDisplay();
		org.eclipse.swt.widgets.Control focus = display.getFocusControl();
		org.eclipse.swt.widgets.Shell probe = new org.eclipse.swt.widgets.Shell(shell, SWT.NO_TRIM);
		probe.setBounds(shell.getBounds().x, shell.getBounds().y, 1, 1);
		probe.open();
		probe.forceActive();
		settle(display);
		probe.dispose();
		shell.forceActive();
		settle(display);
		focusWithXdotool(shell);
		if (focus != null && !focus.isDisposed()) {
			focus.setFocus();
			settle(display);
		}
	}

	/**
	 * Puts the pointer over the window that has the focus: under Xvfb no window manager gives a window
	 * the input focus, and X then sends keys to the window under the pointer.
	 */
	private static void pointInto(Display display) {
		org.eclipse.swt.widgets.Control focus = display.getFocusControl();
		org.eclipse.swt.widgets.Shell shell = focus != null ? focus.getShell() : display.getActiveShell();
		if (shell == null) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		if (!bounds.contains(display.getCursorLocation())) {
			Event move = new Event();
			move.type = SWT.MouseMove;
			move.x = bounds.x + bounds.width / 2;
			move.y = bounds.y + Math.min(bounds.height / 2, 10);
			display.post(move);
			settle(display);
		}
	}

	/**
	 * Where SWT cannot (it counts the shell active and does not ask), X is told directly: xdotool
	 * sets the input focus on this process's window with the shell's title. Without xdotool (not
	 * under X), nothing.
	 */
	private static void focusWithXdotool(org.eclipse.swt.widgets.Shell shell) {
		try {
			Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true).start();
			String ids = new String(search.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			search.waitFor();
			for (String id : ids.strip().split("\\s+")) { //$NON-NLS-1$
				if (!id.matches("\\d+")) { //$NON-NLS-1$
					continue;
				}
				Process name = new ProcessBuilder("xdotool", "getwindowname", id).redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
				String title = new String(name.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
						.strip();
				name.waitFor();
				if (title.equals(shell.getText().strip())) {
					new ProcessBuilder("xdotool", "windowfocus", id).start().waitFor(); //$NON-NLS-1$ //$NON-NLS-2$
					settle(shell.getDisplay());
					return;
				}
			}
		} catch (java.io.IOException e) {
			// no xdotool here
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void post(Display display, int key, int... modifiers) {
		for (int modifier : modifiers) {
			post(display, SWT.KeyDown, modifier, '\0');
		}
		boolean character = (key & SWT.KEYCODE_BIT) == 0 && key < 0x10000 && key != SWT.CR && key != SWT.ESC
				&& key != SWT.TAB && key != SWT.BS && key != SWT.DEL;
		post(display, SWT.KeyDown, character ? 0 : key, character ? (char) key : '\0');
		post(display, SWT.KeyUp, character ? 0 : key, character ? (char) key : '\0');
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(display, SWT.KeyUp, modifiers[i], '\0');
		}
	}

	/** Types {@code text}, one key per character (capitals as their key: filters ignore case). */
	public static void type(Display display, String text) {
		for (char c : text.toCharArray()) {
			press(display, Character.toLowerCase(c));
		}
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display.post(event)) {
			throw new AssertionError("the window system refused the key event " + keyCode + "/" + character); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Runs the event loop until the window system's events have come back and nothing is left to do:
	 * posted keys arrive a moment later, and what they start (a menu, a dialog) may post more.
	 */
	public static void settle(Display display) {
		long quietSince = System.nanoTime();
		long giveUp = quietSince + 2_000_000_000L; // a busy workbench (a job reporting) is never quiet
		while (System.nanoTime() - quietSince < 60_000_000L && System.nanoTime() < giveUp) {
			if (display.readAndDispatch()) {
				quietSince = System.nanoTime();
			} else {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
