package org.mea.jwp.app.internal;

import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

/**
 * Gives every tree, table and list that nothing else names the name of the view it is in, so that a
 * screen reader says "Programme Explorer, tree" rather than "tree": the views of the platform
 * (Properties, Outline) as well as ours. The page tree of the Preferences dialog is named after the
 * dialog. Controls named by their own code keep their name. Widgets announce themselves through
 * SWT's skin event just after they are created, inside their part, which is how this reaches
 * controls it did not create.
 */
final class ViewerNames implements Listener {

	/** The key e4's renderers keep a part's model element under, on the part's control. */
	private static final String MODEL_ELEMENT = "modelElement"; //$NON-NLS-1$
	private static final String NAMED = ViewerNames.class.getName();

	private ViewerNames() {
	}

	static void install(Display display) {
		display.addListener(SWT.Skin, new ViewerNames());
	}

	@Override
	public void handleEvent(Event event) {
		if ((event.widget instanceof Tree || event.widget instanceof Table || event.widget instanceof List)
				&& event.widget.getData(NAMED) == null) {
			Control control = (Control) event.widget;
			control.setData(NAMED, Boolean.TRUE); // skin events come again when the theme changes
			AccessibleNames.name(control, containerName(control));
		}
	}

	/** The label of the part holding {@code control}, or the Preferences dialog's title; null otherwise. */
	static String containerName(Control control) {
		if (control.isDisposed()) {
			return null;
		}
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.getData(MODEL_ELEMENT) instanceof MPart part && part instanceof MUILabel label) {
				return label.getLocalizedLabel();
			}
		}
		return control.getShell().getData() instanceof PreferenceDialog ? control.getShell().getText() : null;
	}
}
