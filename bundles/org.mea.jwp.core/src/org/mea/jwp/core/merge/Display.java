package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.Comment;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Paragraph;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Timeframe;

/**
 * Values as the Merge Conflicts view and the conflict file show them: enumerations by their
 * literal ("on-going"), elements by their label, texts quoted and shortened.
 */
final class Display {

	private static final int MAX_TEXT = 60;

	private Display() {
	}

	static String of(Object value) {
		if (value == null) {
			return Messages.Display_none;
		}
		if (value instanceof Collection<?> c) {
			return c.isEmpty() ? Messages.Display_none : c.stream().map(Display::of).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (value instanceof Enumerator e) {
			return e.getLiteral();
		}
		if (value instanceof String s) {
			return quote(s);
		}
		if (value instanceof Identified i) {
			return Labels.of(i);
		}
		if (value instanceof EObject o) {
			return element(o);
		}
		return String.valueOf(value);
	}

	private static String element(EObject o) {
		if (o instanceof ProgressEntry p) {
			return Labels.of(p) + (p.getStatus() == null ? "" : " " + p.getStatus().getLiteral()) //$NON-NLS-1$ //$NON-NLS-2$
					+ (p.getNarrative() == null ? "" : " " + quote(p.getNarrative())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (o instanceof Timeframe t) {
			return t.describe();
		}
		if (o instanceof SubItem s) {
			return NLS.bind(Messages.Display_subItem, quote(s.getText()));
		}
		if (o instanceof Paragraph p) {
			return NLS.bind(Messages.Display_paragraph, p.getNumber(), quote(p.getText()));
		}
		if (o instanceof Comment c) {
			return NLS.bind(Messages.Display_comment, quote(c.getSummary()));
		}
		if (o instanceof BaselineEntry e) {
			return NLS.bind(Messages.Display_baselineEntry, e.getCode());
		}
		return Labels.of(o);
	}

	private static String quote(String s) {
		if (s == null) {
			return Messages.Display_none;
		}
		String one = s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return '"' + (one.length() > MAX_TEXT ? one.substring(0, MAX_TEXT) + "\u2026" : one) + '"'; //$NON-NLS-1$
	}
}
