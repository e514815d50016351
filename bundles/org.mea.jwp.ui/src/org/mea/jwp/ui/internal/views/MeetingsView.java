package org.mea.jwp.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingObligation;
import org.mea.jwp.core.MeetingCalendar;
import org.mea.jwp.core.MeetingCalendar.Year;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/**
 * The calendar of meetings, by year, each with the activities that target it and the reports due
 * at it. Meetings the document gives no year for come last. Double-click an activity or meeting to
 * select it in the Programme Explorer.
 */
public class MeetingsView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.meetings"; //$NON-NLS-1$

	private TreeViewer viewer;
	private ItemProviderLabelProvider itemLabels;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element);
			}
		});
		viewer.addOpenListener(event -> {
			Object element = ((StructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof EObject object) {
				reveal(object);
			}
		});
		getSite().setSelectionProvider(viewer);
		// the programme is opened in the background at start, and File > Open replaces it
		ModelFollower.follow(viewer.getControl(), this::show, this::modelChanged);
	}

	private String label(Object element) {
		if (element instanceof Year year) {
			int meetings = year.meetings().size();
			return NLS.bind(meetings == 1 ? Messages.MeetingsView_yearOneMeeting : Messages.MeetingsView_yearMeetings,
					MeetingCalendar.UNDATED.equals(year.label()) ? Messages.MeetingsView_undated : year.label(),
					Formats.count(meetings));
		}
		if (element instanceof Meeting meeting) {
			String name = String.valueOf(meeting.getName());
			String text = meeting.getPlace() == null ? name : name + ", " + meeting.getPlace(); //$NON-NLS-1$
			return meeting.getWhen() == null ? text : NLS.bind(Messages.MeetingsView_when, meeting.getWhen(), text);
		}
		if (element instanceof ReportingObligation obligation) {
			return obligation.getDueDate() != null
					? NLS.bind(Messages.MeetingsView_reportDue, Formats.day(obligation.getDueDate()),
							obligation.getDescription())
					: NLS.bind(Messages.MeetingsView_report, obligation.getDescription());
		}
		return itemLabels == null ? String.valueOf(element) : itemLabels.getText(element);
	}

	private void show(ProgrammeSession session) {
		if (itemLabels != null) {
			itemLabels.dispose();
		}
		itemLabels = session == null ? null : new ItemProviderLabelProvider(session.getAdapterFactory());
		viewer.setInput(session == null ? null : session.getProgramme());
		viewer.expandToLevel(2);
	}

	private void modelChanged() {
		Object[] expanded = viewer.getExpandedElements();
		viewer.refresh();
		viewer.setExpandedElements(expanded);
	}

	/** Selects {@code object} in the Programme Explorer. */
	void reveal(EObject object) {
		Reveal.element(getSite().getPage(), object);
	}

	/** The viewer, for tests. */
	TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (itemLabels != null) {
			itemLabels.dispose();
		}
		super.dispose();
	}

	/** Years → meetings → the activities targeting the meeting and the reports due at it. */
	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Programme programme ? MeetingCalendar.of(programme).toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Year year) {
				return year.meetings().toArray();
			}
			if (parent instanceof Meeting meeting && viewer.getInput() instanceof Programme programme) {
				List<Object> children = new ArrayList<>(MeetingCalendar.activitiesAt(programme, meeting));
				children.addAll(MeetingCalendar.reportsAt(programme, meeting));
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
