package org.mea.jwp.ui.tests;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;

/** The workbench window's menu bar, used as a user does: open a menu, pick an item. */
public final class MenuBar {

	private MenuBar() {
	}

	/**
	 * The item of the menu bar's {@code menu} whose label (mnemonic and key ignored) is {@code label},
	 * after the menu was shown (menus fill and enable their items when they open).
	 */
	public static MenuItem item(String menu, String label) {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		MenuItem top = Arrays.stream(bar.getItems()).filter(i -> plain(i.getText()).equals(menu)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + menu + " menu in " + Arrays.toString(bar.getItems())));
		top.getMenu().notifyListeners(SWT.Show, new Event());
		MenuItem item = Arrays.stream(top.getMenu().getItems()).filter(i -> plain(i.getText()).equals(label))
				.findFirst()
				.orElse(null);
		top.getMenu().notifyListeners(SWT.Hide, new Event());
		if (item == null) {
			throw new AssertionError("no " + label + " item in the " + menu + " menu");
		}
		return item;
	}

	/** Picks {@code menu} > {@code label}; fails when the item is disabled, as a user could not pick it. */
	public static void pick(String menu, String label) {
		MenuItem item = item(menu, label);
		if (!item.isEnabled()) {
			throw new AssertionError(menu + " > " + label + " is disabled");
		}
		item.notifyListeners(SWT.Selection, new Event());
	}

	private static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}
}
