package org.mea.jwp.core.exchange;

import org.eclipse.osgi.util.NLS;

/** Translatable messages of the data format registry: failures of importers and exporters ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.exchange.messages"; //$NON-NLS-1$

	public static String Contribution_importer;
	public static String Contribution_exporter;
	public static String Contribution_switchedOff;
	public static String Contribution_failed;
	public static String Contribution_cannotCreate;
	public static String Contribution_wrongType;
	public static String DataFormats_failedReading;
	public static String DataFormats_failedWriting;
	public static String GuardedPlan_noPlan;
	public static String GuardedPlan_planFailed;
	public static String GuardedPlan_noCommand;
	public static String GuardedPlan_commandFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
