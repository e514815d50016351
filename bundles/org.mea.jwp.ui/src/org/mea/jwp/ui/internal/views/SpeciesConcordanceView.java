package org.mea.jwp.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
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
 * appendices under CITES and CMS, the rank, the activities that cover it, and where the two
 * Conventions differ (the subject of activities A3–A5 and B19). Sort by clicking a column header,
 * filter with the field above; names, appendices and rank are edited in place, as commands.
 */
public class SpeciesConcordanceView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.concordance"; //$NON-NLS-1$

	private TableViewer viewer;
	private Text filterText;
	private ModelFollower follower;

	/** The columns, in order; also what the tests address. */
	enum Column {
		TAXON("Taxon (as printed, else accepted name)", 170, null), COMMON("Common names", 150, null), //$NON-NLS-1$ //$NON-NLS-2$
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
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column column : Column.values()) {
			addColumn(column);
		}
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String query = filterText.getText().strip().toLowerCase(Locale.ROOT);
				if (query.isEmpty()) {
					return true;
				}
				for (Column column : Column.values()) {
					if (text((Taxon) element, column).toLowerCase(Locale.ROOT).contains(query)) {
						return true;
					}
				}
				return false;
			}
		});
		filterText.addModifyListener(event -> viewer.refresh());
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
		Comparator<Object> order = Comparator.comparing(o -> text((Taxon) o, column), String.CASE_INSENSITIVE_ORDER);
		Comparator<Object> directed = descending ? order.reversed() : order;
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return directed.compare(a, b);
			}
		});
	}

	/** The text of a cell, as at the reporting date of the preferences. */
	String text(Taxon taxon, Column column) {
		ProgrammeSession session = follower == null ? null : follower.session();
		SpeciesConcordance.Entry entry = SpeciesConcordance.entry(taxon,
				session == null ? List.of() : session.getProgramme().activities(), JwpPreferences.reportingDate());
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

	/** The programme's taxa, each higher taxon followed by the lower taxa it includes. */
	private void show(ProgrammeSession session) {
		List<Taxon> rows = new java.util.ArrayList<>();
		if (session != null) {
			session.getProgramme().getTaxa().forEach(taxon -> addWithLowerTaxa(taxon, rows));
		}
		viewer.setInput(rows);
	}

	private static void addWithLowerTaxa(Taxon taxon, List<Taxon> rows) {
		rows.add(taxon);
		taxon.getLowerTaxa().forEach(lower -> addWithLowerTaxa(lower, rows));
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
