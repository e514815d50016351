package org.mea.jwp.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;

/** Short names of model elements for messages: "Activity B6", "Taxon Uncia uncia", "Meeting SC62". */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject object) {
		if (object instanceof Activity a) {
			if (a.getCode() == null || a.getCode().isBlank()) {
				// a new activity: say which one by its text, so that the message still helps
				String text = a.getText() == null || a.getText().isBlank() ? "" //$NON-NLS-1$
						: " \"" + (a.getText().length() > 40 ? a.getText().substring(0, 40) + "\u2026" : a.getText()) + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return "Activity without a code" + text; //$NON-NLS-1$
			}
			return "Activity " + a.getCode(); //$NON-NLS-1$
		}
		if (object instanceof Theme t) {
			return "Theme " + t.getLetter(); //$NON-NLS-1$
		}
		if (object instanceof ActivityGroup g) {
			return "Group \"" + g.getName() + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (object instanceof Taxon t) {
			String name = t.getNameAsPrinted() != null ? t.getNameAsPrinted()
					: t.getCommonNames().isEmpty() ? t.getId() : t.getCommonNames().get(0);
			return "Taxon " + name; //$NON-NLS-1$
		}
		if (object instanceof Meeting m) {
			return "Meeting " + m.symbol(); //$NON-NLS-1$
		}
		if (object instanceof Organization o) {
			return "Organization " + (o.getAcronym() != null ? o.getAcronym() : o.getName()); //$NON-NLS-1$
		}
		if (object instanceof ProgressEntry p) {
			String owner = p.eContainer() instanceof Activity a ? " of " + a.getCode() : ""; //$NON-NLS-1$ //$NON-NLS-2$
			return "Progress entry " + (p.getDate() == null ? "(undated)" : p.getDate()) + owner; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String type = object.eClass().getName();
		return object instanceof Identified i && i.getId() != null ? type + " " + i.getId() : type; //$NON-NLS-1$
	}
}
