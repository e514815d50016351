package org.mea.jwp.ui.internal.views;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
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
 * the appendices under CITES and CMS in force on a chosen day (at first the reporting date), the
 * rank, the activities that cover it, and where the two Conventions differ (the subject of activities A3–A5 and B19); a higher
 * taxon's species follow it, indented. Sort by clicking a column header, filter with the field
 * above; names and rank are edited in place, as commands, and so are the appendices of a taxon
 * without a listing history (with one, the history decides).
 */
public class SpeciesConcordanceView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.concordance"; //$NON-NLS-1$

	/** Rows added or taken away at once above which a new table is made (see {@link #replaceTable}). */
	private static final int REBUILD_ABOVE = 1000;

	private TableViewer viewer;
	private Composite tableHolder;
	private final ConcordanceRows rows = new ConcordanceRows();
	private final ForwardingSelectionProvider selection = new ForwardingSelectionProvider();
	private Text filterText;
	private DateTime asAtField;
	/** The day whose listings are shown: the reporting date until the user picks another. */
	private LocalDate asAt = JwpPreferences.reportingDate(null);
	private boolean asAtChosen;
	private ModelFollower follower;

	/** The columns, in order; also what the tests address. */
	enum Column {
		TAXON(Messages.SpeciesConcordanceView_columnTaxon, 170, null),
		COMMON(Messages.SpeciesConcordanceView_columnCommonNames, 150, null),
		RANK(Messages.SpeciesConcordanceView_columnRank, 80, JwpPackage.Literals.TAXON__RANK),
		CITES_NAME(Messages.SpeciesConcordanceView_columnCitesName, 150, JwpPackage.Literals.TAXON__CITES_NAME),
		CITES_APPENDIX(Messages.SpeciesConcordanceView_columnCitesAppendix, 95,
				JwpPackage.Literals.TAXON__CITES_APPENDIX),
		CMS_NAME(Messages.SpeciesConcordanceView_columnCmsName, 150, JwpPackage.Literals.TAXON__CMS_NAME),
		CMS_APPENDIX(Messages.SpeciesConcordanceView_columnCmsAppendix, 80, JwpPackage.Literals.TAXON__CMS_APPENDIX),
		ACTIVITIES(Messages.SpeciesConcordanceView_columnActivities, 130, null),
		DIFFERS(Messages.SpeciesConcordanceView_columnDiffer, 120, null);

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
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		filterText = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.SpeciesConcordanceView_filterHint);
		AccessibleNames.name(filterText, Messages.SpeciesConcordanceView_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(filterText);
		Label asAtLabel = new Label(top, SWT.NONE);
		asAtLabel.setText(Messages.SpeciesConcordanceView_listingsAsAt);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(asAtLabel);
		asAtField = new DateTime(top, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
		asAtField.setToolTipText(Messages.SpeciesConcordanceView_asAtTooltip);
		AccessibleNames.labelledBy(asAtField, asAtLabel);
		asAtField.setDate(asAt.getYear(), asAt.getMonthValue() - 1, asAt.getDayOfMonth());
		asAtField.addListener(SWT.Selection, event -> {
			LocalDate chosen = LocalDate.of(asAtField.getYear(), asAtField.getMonth() + 1, asAtField.getDay());
			if (!chosen.equals(asAt)) {
				asAt = chosen;
				asAtChosen = true;
				show(follower.session());
			}
		});
		tableHolder = new Composite(parent, SWT.NONE);
		tableHolder.setLayout(new FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		createViewer();
		filterText.addModifyListener(event -> {
			rows.filter(filterText.getText());
			refreshTable();
		});
		getSite().setSelectionProvider(selection);
		// the programme is opened in the background at start, and File > Open replaces it
		follower = ModelFollower.follow(tableHolder, this::show, () -> show(follower.session()));
	}

	/** A new table in the holder, with the columns, editors and sort order of the one it replaces, if any. */
	private void createViewer() {
		Table old = viewer == null ? null : viewer.getTable();
		// virtual: only the rows in sight are made, so the complete CITES and CMS lists open at once
		viewer = new TableViewer(tableHolder,
				SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
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
		if (old != null) {
			// what the user arranged: widths, order and the sort indicator
			for (int i = 0; i < old.getColumnCount(); i++) {
				table.getColumn(i).setWidth(old.getColumn(i).getWidth());
			}
			table.setColumnOrder(old.getColumnOrder());
			if (old.getSortColumn() != null) {
				table.setSortColumn(table.getColumn(old.indexOf(old.getSortColumn())));
				table.setSortDirection(old.getSortDirection());
			}
		}
		viewer.setInput(rows);
		selection.follow(viewer);
	}

	private void addColumn(Column column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title);
		tableColumn.setWidth(column.width);
		tableColumn.setMoveable(true);
		if (column == Column.TAXON) {
			tableColumn.setToolTipText(Messages.SpeciesConcordanceView_taxonTooltip);
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
		boolean descending = viewer.getTable().getSortColumn() == tableColumn
				&& viewer.getTable().getSortDirection() == SWT.UP;
		viewer.getTable().setSortColumn(tableColumn);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		rows.sort(entry -> text(entry, column), descending);
		refreshTable();
	}

	private void refreshTable() {
		int count = rows.shown().size();
		if (Math.abs(count - viewer.getTable().getItemCount()) > REBUILD_ABOVE) {
			replaceTable(count);
			return;
		}
		viewer.setItemCount(count);
		viewer.refresh();
	}

	/**
	 * GTK adds and takes away a table's rows one by one, each told to the widget (about 5 µs a row:
	 * 200 ms to empty a table of 40,000, 75 ms to fill one with 19,000), while a table thrown away
	 * is freed at once and a new one filled before it is shown. So when a filter or a change of
	 * programme moves thousands of rows, the view makes a new table with them.
	 */
	private void replaceTable(int count) {
		Table old = viewer.getTable();
		boolean hadFocus = old.isFocusControl();
		// the rows' own data: the viewer would look indexes up in the rows as they are now
		List<Object> selected = Arrays.stream(old.getSelection()).map(TableItem::getData).filter(Objects::nonNull)
				.toList();
		tableHolder.setRedraw(false);
		try {
			createViewer();
			viewer.setItemCount(count);
			old.dispose();
			tableHolder.layout(true);
		} finally {
			tableHolder.setRedraw(true);
		}
		int[] stillShown = selected.stream().map(rows::indexOf).filter(index -> index >= 0).mapToInt(Integer::intValue)
				.toArray();
		if (hadFocus) {
			// first: a GTK table given focus without a cursor selects its first row
			viewer.getTable().setFocus();
		}
		viewer.getTable().setSelection(stillShown);
		selection.changed();
	}

	/** The text of a cell, as at the reporting date of the preferences. */
	String text(Taxon taxon, Column column) {
		SpeciesConcordance.Entry entry = rows.entry(taxon);
		if (entry == null) {
			ProgrammeSession session = follower == null ? null : follower.session();
			entry = SpeciesConcordance.entry(taxon, session == null ? List.of() : session.getProgramme().activities(),
					asAt);
		}
		return text(entry, column);
	}

	private static String text(SpeciesConcordance.Entry entry, Column column) {
		return switch (column) {
		case TAXON -> "    ".repeat(entry.depth()) + entry.nameAsPrinted(); //$NON-NLS-1$
		case COMMON -> entry.commonNames();
		case RANK -> rank(entry.rank());
		case CITES_NAME -> entry.citesName();
		case CITES_APPENDIX -> entry.citesAppendix();
		case CMS_NAME -> entry.cmsName();
		case CMS_APPENDIX -> entry.cmsAppendix();
		case ACTIVITIES -> entry.activities();
		case DIFFERS -> differences(entry.differences());
		};
	}

	/** A rank as the workbench's language names it ("genre" for genus in French). */
	private static String rank(String literal) {
		org.mea.jwp.model.TaxonRank rank = literal == null ? null : org.mea.jwp.model.TaxonRank.get(literal);
		return rank == null ? literal : Formats.literal(rank);
	}

	/** "names", "appendices" or both, in the workbench's language. */
	private static String differences(String english) {
		if (english == null || english.isEmpty()) {
			return english;
		}
		return java.util.Arrays.stream(english.split(", ")).map(part -> switch (part) { //$NON-NLS-1$
		case "names" -> Messages.SpeciesConcordanceView_differNames; //$NON-NLS-1$
		case "appendices" -> Messages.SpeciesConcordanceView_differAppendices; //$NON-NLS-1$
		default -> part;
		}).collect(java.util.stream.Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** Every entry computed again (the programme changed, or another opened), each higher taxon's species after it. */
	private void show(ProgrammeSession session) {
		LocalDate reporting = session == null ? JwpPreferences.reportingDate(null) : session.reportingDate();
		if (!asAtChosen && !asAt.equals(reporting)) {
			// the programme's reporting date, known once the view follows a programme
			asAt = reporting;
			if (asAtField != null && !asAtField.isDisposed()) {
				asAtField.setDate(asAt.getYear(), asAt.getMonthValue() - 1, asAt.getDayOfMonth());
			}
		}
		rows.compute(session == null ? null : session.getProgramme(), asAt);
		refreshTable();
		setContentDescription(asAt.equals(reporting)
				? NLS.bind(Messages.SpeciesConcordanceView_inForceOnReportingDate, Formats.day(asAt))
				: NLS.bind(Messages.SpeciesConcordanceView_inForceOn, Formats.day(asAt), Formats.day(reporting)));
	}

	/** Sets an attribute of a taxon as a command (what the cell editors do). */
	void applyEdit(Taxon taxon, EAttribute attribute, Object value) {
		ProgrammeSession session = follower.session();
		if (session != null) {
			session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), taxon, attribute, value));
		}
	}

	/** The viewer, for tests (a filter or a new programme may replace it: ask again after either). */
	TableViewer getViewer() {
		return viewer;
	}

	/** The "Listings as at" field, for tests. */
	DateTime getAsAtField() {
		return asAtField;
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
						(Function<Object, String>) o -> Formats.literal((org.eclipse.emf.common.util.Enumerator) o)));
				editor.setInput(column.attribute.getEType() == JwpPackage.Literals.APPENDIX_LISTING
						? AppendixListing.VALUES
						: org.mea.jwp.model.TaxonRank.VALUES);
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
			org.mea.jwp.model.Convention convention = column == Column.CITES_APPENDIX
					? org.mea.jwp.model.Convention.CITES
					: column == Column.CMS_APPENDIX ? org.mea.jwp.model.Convention.CMS : null;
			return convention == null
					|| ((Taxon) element).getListings().stream()
							.noneMatch(listing -> listing.getConvention() == convention);
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
