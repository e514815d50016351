package org.mea.jwp.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The controls of a window or a part, as tests look for them. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control inside {@code composite}, depth first, in the order they were created. */
	public static List<Control> all(Composite composite) {
		List<Control> result = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			result.add(child);
			if (child instanceof Composite nested) {
				result.addAll(all(nested));
			}
		}
		return result;
	}
}
