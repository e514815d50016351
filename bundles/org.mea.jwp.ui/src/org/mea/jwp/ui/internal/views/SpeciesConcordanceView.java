package org.mea.jwp.ui.internal.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.preferences.JwpPreferences;

/**
 * The species concordance: each taxon of the programme with its name as printed, the names and
 * the appendices in force on the reporting date under CITES and CMS, the rank, the activities that
 * cover it, and where the two Conventions differ (the subject of activities A3–A5 and B19); a higher
 * taxon's species follow it, indented. Sort by clicking a column header, filter with the field
 * above; names and rank are edited in place, as commands, and so are the appendices of a taxon
 * without a listing history (with one, the history decides).
 */
public class SpeciesConcordanceView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.concordance"; //$NON-NLS-1$

	private TableViewer viewer;
	private final ConcordanceRows rows = new ConcordanceRows();
	private Text filterText;
	private ModelFollower follower;

	/** The columns, in order; also what the tests address. */
	enum Column {
		TAXON("Taxon", 170, null), COMMON("Common names", 150, null), //$NON-NLS-1$ //$NON-NLS-2$
		RANK("Rank", 80, JwpPackage.Literals.TAXON__RANK), //$NON-NLS-1$
		CITES_NAME("CITES name", 150, JwpPackage.Literals.TAXON__CITES_NAME), //$NON-NLS-1$
		CITES_APPENDIX("CITES App.", 80, JwpPackage.Literals.TAXON__CITES_APPENDIX), //$NON-NLS-1$
		CMS_NAME("CMS name", 150, JwpPackage.Literals.TAXON__CMS_NAME), //$NON-NLS-1$
		CMS_APPENDIX("CMS App.", 80, JwpPackage.Literals.TAXON__CMS_APPENDIX), //$NON-NLS-1$
		ACTIVITIES("Activities", 130, null), DIFFERS("CITES/CMS differ", 120, null); //$NON-NLS-1$ //$NON-NLS-2$

		final String title;
		final int width;
		final EAttribute attribute;

		Column(String title, int width, EAttribute attribute) {
			this.title = title;
			this.width = width;
			this.attribute = attribute;
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter taxa by any column"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		// virtual: only the rows in sight are made, so the complete CITES and CMS lists open at once
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				List<SpeciesConcordance.Entry> shown = rows.shown();
				if (index < shown.size()) {
					viewer.replace(shown.get(index).taxon(), index);
				}
			}
		});
		for (Column column : Column.values()) {
			addColumn(column);
		}
		viewer.setInput(rows);
		filterText.addModifyListener(event -> {
			rows.filter(filterText.getText());
			refreshTable();
		});
		getSite().setSelectionProvider(viewer);
		// the programme is opened in the background at start, and File > Open replaces it
		follower = ModelFollower.follow(viewer.getControl(), this::show, () -> show(follower.session()));
	}

	private void addColumn(Column column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title);
		tableColumn.setWidth(column.width);
		tableColumn.setMoveable(true);
		if (column == Column.TAXON) {
			tableColumn.setToolTipText("As printed in the programme; the accepted name for a taxon it does not print"); //$NON-NLS-1$
		}
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text((Taxon) element, column);
			}
		});
		tableColumn.addListener(SWT.Selection, event -> sortBy(column, tableColumn));
		if (column.attribute != null) {
			viewerColumn.setEditingSupport(new AttributeEditing(column));
		}
	}

	private void sortBy(Column column, TableColumn tableColumn) {
		boolean descending = viewer.getTable().getSortColumn() == tableColumn && viewer.getTable().getSortDirection() == SWT.UP;
		viewer.getTable().setSortColumn(tableColumn);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		rows.sort(entry -> text(entry, column), descending);
		refreshTable();
	}

	private void refreshTable() {
		int count = rows.shown().size();
		if (count < viewer.getTable().getItemCount() - 1000) {
			// GTK takes surplus rows away one by one (half a second for 40,000): emptying the table
			// is one step, and setting the input again forgets the rows' old items
			viewer.getTable().removeAll();
			viewer.setInput(rows);
		}
		viewer.setItemCount(count);
		viewer.refresh();
	}

	/** The text of a cell, as at the reporting date of the preferences. */
	String text(Taxon taxon, Column column) {
		SpeciesConcordance.Entry entry = rows.entry(taxon);
		if (entry == null) {
			ProgrammeSession session = follower == null ? null : follower.session();
			entry = SpeciesConcordance.entry(taxon, session == null ? List.of() : session.getProgramme().activities(),
					JwpPreferences.reportingDate());
		}
		return text(entry, column);
	}

	private static String text(SpeciesConcordance.Entry entry, Column column) {
		return switch (column) {
		case TAXON -> "    ".repeat(entry.depth()) + entry.nameAsPrinted(); //$NON-NLS-1$
		case COMMON -> entry.commonNames();
		case RANK -> entry.rank();
		case CITES_NAME -> entry.citesName();
		case CITES_APPENDIX -> entry.citesAppendix();
		case CMS_NAME -> entry.cmsName();
		case CMS_APPENDIX -> entry.cmsAppendix();
		case ACTIVITIES -> entry.activities();
		case DIFFERS -> entry.differences();
		};
	}

	/** Every entry computed again (the programme changed, or another opened), each higher taxon's species after it. */
	private void show(ProgrammeSession session) {
		rows.compute(session == null ? null : session.getProgramme(), JwpPreferences.reportingDate());
		refreshTable();
		setContentDescription("Listings in force on " + JwpPreferences.reportingDate() //$NON-NLS-1$
				+ ", the reporting date (Window > Preferences > JWP Workbench)"); //$NON-NLS-1$
	}

	/** Sets an attribute of a taxon as a command (what the cell editors do). */
	void applyEdit(Taxon taxon, EAttribute attribute, Object value) {
		ProgrammeSession session = follower.session();
		if (session != null) {
			session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), taxon, attribute, value));
		}
	}

	/** The viewer, for tests. */
	TableViewer getViewer() {
		return viewer;
	}

	/** The filter field, for tests. */
	Text getFilterText() {
		return filterText;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}


	/** In-place editing of one attribute column. */
	private final class AttributeEditing extends EditingSupport {
		private final Column column;

		AttributeEditing(Column column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (column.attribute.getEType() == JwpPackage.Literals.APPENDIX_LISTING
					|| column.attribute.getEType() == JwpPackage.Literals.TAXON_RANK) {
				ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
				editor.setContentProvider(ArrayContentProvider.getInstance());
				editor.setLabelProvider(LabelProvider.createTextProvider(
						(Function<Object, String>) o -> ((org.eclipse.emf.common.util.Enumerator) o).getLiteral()));
				editor.setInput(column.attribute.getEType() == JwpPackage.Literals.APPENDIX_LISTING
						? AppendixListing.VALUES : org.mea.jwp.model.TaxonRank.VALUES);
				return editor;
			}
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			if (follower.session() == null) {
				return false;
			}
			// with a listing history, the appendix shown is the one in force: edit the history instead
			org.mea.jwp.model.Convention convention = column == Column.CITES_APPENDIX ? org.mea.jwp.model.Convention.CITES
					: column == Column.CMS_APPENDIX ? org.mea.jwp.model.Convention.CMS : null;
			return convention == null
					|| ((Taxon) element).getListings().stream().noneMatch(listing -> listing.getConvention() == convention);
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((Taxon) element).eGet(column.attribute);
			return value == null ? "" : value; //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object newValue = value instanceof String text && text.isBlank() ? null : value;
			if (newValue != null && !newValue.equals(((Taxon) element).eGet(column.attribute))) {
				applyEdit((Taxon) element, column.attribute, newValue);
			}
		}
	}
}
