package org.mea.jwp.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Columns of the views' tables: a title, a width and what each row's cell shows. */
final class TextColumns {

	private TextColumns() {
	}

	/** Adds a column showing {@code text} of each row's element, which is of {@code type}. */
	static <T> TableViewerColumn add(TableViewer table, Class<T> type, String title, int width,
			Function<T, String> text) {
		return add(table, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}

	/** Adds a column whose cells {@code labels} provides (text, and colours or fonts where a view wants them). */
	static TableViewerColumn add(TableViewer table, String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
		return column;
	}
}
