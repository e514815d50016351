package org.mea.jwp.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
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
				if (a.getText() == null || a.getText().isBlank()) {
					return Messages.Labels_activityWithoutCode;
				}
				String text = a.getText().length() > 40 ? a.getText().substring(0, 40) + "\u2026" : a.getText(); //$NON-NLS-1$
				return NLS.bind(Messages.Labels_activityWithoutCodeText, text);
			}
			return NLS.bind(Messages.Labels_activity, a.getCode());
		}
		if (object instanceof Theme t) {
			return NLS.bind(Messages.Labels_theme, t.getLetter());
		}
		if (object instanceof ActivityGroup g) {
			return NLS.bind(Messages.Labels_group, g.getName());
		}
		if (object instanceof Taxon t) {
			String name = t.getNameAsPrinted() != null ? t.getNameAsPrinted()
					: t.getCommonNames().isEmpty() ? t.getId() : t.getCommonNames().get(0);
			return NLS.bind(Messages.Labels_taxon, name);
		}
		if (object instanceof Meeting m) {
			return NLS.bind(Messages.Labels_meeting, m.symbol());
		}
		if (object instanceof Organization o) {
			return NLS.bind(Messages.Labels_organization, o.getAcronym() != null ? o.getAcronym() : o.getName());
		}
		if (object instanceof ProgressEntry p) {
			Object date = p.getDate() == null ? Messages.Labels_undated : p.getDate();
			return p.eContainer() instanceof Activity a ? NLS.bind(Messages.Labels_progressEntryOf, date, a.getCode())
					: NLS.bind(Messages.Labels_progressEntry, date);
		}
		if (object instanceof org.mea.jwp.model.Programme) {
			return Messages.Labels_programme;
		}
		if (object instanceof org.mea.jwp.model.ReportingCycle c) {
			return NLS.bind(Messages.Labels_cycle, org.mea.jwp.core.cycles.Cycles.label(c));
		}
		if (object instanceof org.mea.jwp.model.Body b) {
			return NLS.bind(Messages.Labels_body, b.getAbbreviation() != null ? b.getAbbreviation() : b.getName());
		}
		if (object instanceof org.mea.jwp.model.SubItem item && item.eContainer() instanceof Activity a) {
			return NLS.bind(Messages.Labels_subItem, a.getSubItems().indexOf(item) + 1, a.getCode());
		}
		String type = object.eClass().getName();
		return object instanceof Identified i && i.getId() != null ? type + " " + i.getId() : type; //$NON-NLS-1$
	}
}
