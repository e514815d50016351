package org.mea.jwp.reports;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The logger the report engine is given ({@code EngineConfig.setLogger}), which sends what BIRT logs
 * to the Eclipse log (the workbench's error log, {@code .metadata/.log} of the {@code jwp} commands).
 * BIRT logs through {@code java.util.logging}, and without a logger of its user it passes its records
 * on to the root logger, whose console handler writes them to stderr: a design whose script or query
 * fails made BIRT print the failure with a stack trace of some 150 lines, burying the one line
 * {@code jwp report} says about the design. The line names the element and the reason; the trace
 * belongs in the log.
 */
final class BirtLog extends Handler {

	/** Not under {@code org.eclipse.birt}, whose records BIRT hands to this one; held here, as loggers are kept weakly. */
	private static final Logger LOGGER = Logger.getLogger("org.mea.jwp.reports.birt"); //$NON-NLS-1$
	private static final String BUNDLE = "org.mea.jwp.reports"; //$NON-NLS-1$

	private BirtLog() {
		setFormatter(new SimpleFormatter());
	}

	/** The logger for the engine: its records go to the Eclipse log, not on to the console. */
	static synchronized Logger logger() {
		if (LOGGER.getUseParentHandlers()) {
			LOGGER.addHandler(new BirtLog());
			LOGGER.setUseParentHandlers(false);
		}
		return LOGGER;
	}

	@Override
	public void publish(LogRecord record) {
		if (!isLoggable(record)) {
			return;
		}
		int level = record.getLevel().intValue();
		int severity = level >= Level.SEVERE.intValue() ? IStatus.ERROR
				: level >= Level.WARNING.intValue() ? IStatus.WARNING : IStatus.INFO;
		String message = record.getLoggerName() + ": " + getFormatter().formatMessage(record); //$NON-NLS-1$
		ILog.of(BirtLog.class).log(new Status(severity, BUNDLE, message, record.getThrown()));
	}

	@Override
	public void flush() {
		// the Eclipse log writes each entry as it comes
	}

	@Override
	public void close() {
		// nothing held
	}
}
