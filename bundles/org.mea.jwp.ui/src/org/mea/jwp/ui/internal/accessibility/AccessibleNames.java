package org.mea.jwp.ui.internal.accessibility;

import java.nio.charset.StandardCharsets;

import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;

/**
 * Names for the controls a screen reader cannot name from what the toolkit knows: a field whose only
 * label is its hint text, a list whose label is a section title, a field whose label is not the
 * control just before it. A name the toolkit already has (a button's text) is left alone.
 */
public final class AccessibleNames {

	private AccessibleNames() {
	}

	/** Gives {@code control} the name {@code name} when nothing else names it. */
	public static void name(Control control, String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF && (e.result == null || e.result.isBlank())) {
					e.result = name;
				}
			}
		});
		GtkNames.set(control, name);
	}

	/** Names {@code control} after {@code label}'s text, without its mnemonic and final colon. */
	public static void labelledBy(Control control, Label label) {
		name(control, plain(label.getText()));
	}

	/** {@code text} as a reader says it: no mnemonic ampersand, no colon at the end. */
	public static String plain(String text) {
		String plain = LegacyActionTools.removeMnemonics(text == null ? "" : text).strip(); //$NON-NLS-1$
		return plain.endsWith(":") ? plain.substring(0, plain.length() - 1).strip() : plain; //$NON-NLS-1$
	}

	/**
	 * SWT on GTK 3 hands AT-SPI the native widget's own accessible object and asks the listeners of
	 * {@link Control#getAccessible()} only for the controls it draws itself (a canvas), not for
	 * native ones (fields, spinners, tables, trees): for those the name is set on GTK's object. SWT
	 * has no API for it, so its internal natives are called, by reflection, so that this bundle
	 * loads unchanged with the other windowing systems, whose SWT asks the listeners.
	 */
	private static final class GtkNames {

		private static final byte[] PROPERTY = "accessible-name\0".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

		static void set(Control control, String name) {
			if (!"gtk".equals(SWT.getPlatform()) || control.isDisposed()) { //$NON-NLS-1$
				return;
			}
			try {
				long handle = handle(control);
				Class<?> gtk3 = Class.forName("org.eclipse.swt.internal.gtk3.GTK3"); //$NON-NLS-1$
				long atk = (long) gtk3.getMethod("gtk_widget_get_accessible", long.class).invoke(null, handle); //$NON-NLS-1$
				if (atk == 0) {
					return;
				}
				Class<?> os = Class.forName("org.eclipse.swt.internal.gtk.OS"); //$NON-NLS-1$
				os.getMethod("g_object_set", long.class, byte[].class, byte[].class, long.class).invoke(null, atk, //$NON-NLS-1$
						PROPERTY, (name + '\0').getBytes(StandardCharsets.UTF_8), 0L);
			} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
				// an SWT without these natives (GTK 4): the listener above is all a reader gets
			}
		}

		/** The widget a reader reads: a date field's text entry rather than the box around it. */
		private static long handle(Control control) throws ReflectiveOperationException {
			if (control instanceof DateTime) {
				java.lang.reflect.Field entry = DateTime.class.getDeclaredField("textEntryHandle"); //$NON-NLS-1$
				entry.setAccessible(true);
				if (entry.getLong(control) != 0) {
					return entry.getLong(control);
				}
			}
			return Widget.class.getField("handle").getLong(control); //$NON-NLS-1$
		}
	}
}
