package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;

/**
 * Shows the activities that match the query, with the themes and groups that lead to them; with
 * a query of words only, also the registry entries (species, organizations...) whose label
 * matches. What lies inside a shown activity stays visible.
 */
public final class ActivityQueryFilter extends ViewerFilter {

	private final Supplier<LocalDate> reportingDate;
	private ActivityQuery query = ActivityQuery.parse(""); //$NON-NLS-1$

	public ActivityQueryFilter(Supplier<LocalDate> reportingDate) {
		this.reportingDate = reportingDate;
	}

	public void setQuery(ActivityQuery query) {
		this.query = query;
	}

	public ActivityQuery getQuery() {
		return query;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (query.isEmpty() || element instanceof Programme) {
			return true;
		}
		LocalDate date = reportingDate.get();
		if (element instanceof Activity activity) {
			return query.matches(activity, date);
		}
		if (element instanceof Theme theme) {
			return theme.activities().stream().anyMatch(a -> query.matches(a, date));
		}
		if (element instanceof ActivityGroup group) {
			return group.getActivities().stream().anyMatch(a -> query.matches(a, date));
		}
		if (element instanceof EObject object && !(object.eContainer() instanceof Programme)) {
			return true; // inside an activity that is shown
		}
		// registry folders and their entries
		if (!query.hasOnlyWords()) {
			return false;
		}
		ILabelProvider labels = (ILabelProvider) ((StructuredViewer) viewer).getLabelProvider();
		if (element instanceof EObject) {
			return query.matchesText(labels.getText(element));
		}
		ITreeContentProvider content = (ITreeContentProvider) ((StructuredViewer) viewer).getContentProvider();
		for (Object child : content.getChildren(element)) {
			if (query.matchesText(labels.getText(child))) {
				return true;
			}
		}
		return false;
	}
}
