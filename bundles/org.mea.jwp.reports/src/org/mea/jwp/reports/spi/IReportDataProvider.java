package org.mea.jwp.reports.spi;

import org.mea.jwp.model.Programme;
import org.mea.jwp.reports.ReportException;

/**
 * Prepares what a contributed report design shows (extension point
 * {@code org.mea.jwp.reports.designs}, attribute {@code class}). The object returned is what the
 * design's scripts read as {@code reportContext.getAppContext().get("jwp")}: a scripted data set
 * calls its methods, which return lists of maps (one map per row) or plain values.
 * <p>
 * Implementations have a public no-argument constructor, must not change the programme (reports
 * are rendered from a copy, often in a background job), and report problems the user can fix
 * (an unknown meeting, say) as a {@link ReportException} with a message naming what is wrong.
 */
public interface IReportDataProvider {

	/**
	 * @param programme the programme reported on
	 * @param arguments the values of the parameters the design declares, checked against their types
	 */
	Object createData(Programme programme, ReportArguments arguments) throws ReportException;
}
