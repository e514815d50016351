package org.mea.jwp.reports.spi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.eclipse.birt.report.engine.api.script.IUpdatableDataSetRow;
import org.eclipse.birt.report.engine.api.script.ScriptException;
import org.eclipse.birt.report.engine.api.script.eventadapter.ScriptedDataSetEventAdapter;
import org.eclipse.birt.report.engine.api.script.instance.IDataSetInstance;
import org.mea.jwp.reports.ReportService;

/**
 * Feeds a scripted data set from the report data in Java, without a line of script: the data
 * set's rows are what the public no-argument method named like the data set returns on the
 * report data ({@code reportContext.getAppContext().get("jwp")}, see {@link IReportDataProvider}),
 * a list with one map per row; each declared column takes the map's value under its name.
 * <p>
 * In a design, name the class as the data set's event handler and leave its open and fetch
 * methods empty:
 *
 * <pre>
 * &lt;script-data-set name="annex" id="6"&gt;
 *     ... result set hints and cached metadata: the columns ...
 *     &lt;property name="eventHandlerClass"&gt;org.mea.jwp.reports.spi.RowsDataSet&lt;/property&gt;
 *     &lt;property name="dataSource"&gt;programme&lt;/property&gt;
 * &lt;/script-data-set&gt;
 * </pre>
 *
 * Why: a fetch script runs in the JavaScript interpreter for every row and every column, which
 * is most of the data engine's time for a programme of thousands of activities (and code the
 * JIT compiler has to compile first in a short {@code jwp report} process).
 */
public class RowsDataSet extends ScriptedDataSetEventAdapter {

	private Iterator<?> rows;
	private List<String> columns;

	@Override
	public void beforeOpen(IDataSetInstance dataSet, IReportContext reportContext) throws ScriptException {
		Object data = reportContext.getAppContext().get(ReportService.APP_CONTEXT_KEY);
		if (data == null) {
			throw new ScriptException("The data set \"" + dataSet.getName() + "\" has no report data to read"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		rows = rowsOf(data, dataSet.getName()).iterator();
	}

	@Override
	public void open(IDataSetInstance dataSet) throws ScriptException {
		columns = new ArrayList<>();
		var metaData = dataSet.getColumnMetaData();
		if (metaData != null) {
			for (int column = 1; column <= metaData.getColumnCount(); column++) {
				columns.add(metaData.getColumnName(column));
			}
		}
	}

	@Override
	public boolean fetch(IDataSetInstance dataSet, IUpdatableDataSetRow row) throws ScriptException {
		if (rows == null || !rows.hasNext()) {
			return false;
		}
		Object next = rows.next();
		if (!(next instanceof Map<?, ?> values)) {
			throw new ScriptException("A row of the data set \"" + dataSet.getName() + "\" is not a map: " + next); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int column = 0; column < columns.size(); column++) {
			row.setColumnValue(column + 1, values.get(columns.get(column)));
		}
		return true;
	}

	@Override
	public void close(IDataSetInstance dataSet) {
		rows = null;
	}

	private static List<?> rowsOf(Object data, String name) throws ScriptException {
		Method method;
		try {
			method = data.getClass().getMethod(name);
		} catch (NoSuchMethodException e) {
			throw new ScriptException("The data set \"" + name + "\" reads its rows from a public method " + name //$NON-NLS-1$ //$NON-NLS-2$
					+ "() of " + data.getClass().getName() + ", which has none"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			Object result = method.invoke(data);
			if (!(result instanceof List<?> list)) {
				throw new ScriptException(data.getClass().getName() + "." + name + "() returns " + result //$NON-NLS-1$ //$NON-NLS-2$
						+ ", not the list of rows of the data set"); //$NON-NLS-1$
			}
			return list;
		} catch (IllegalAccessException e) {
			throw new ScriptException(
					data.getClass().getName() + "." + name + "() cannot be called: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InvocationTargetException e) {
			throw new ScriptException(data.getClass().getName() + "." + name + "() failed: " + e.getCause()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
