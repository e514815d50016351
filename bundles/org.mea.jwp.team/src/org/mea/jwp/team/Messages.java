package org.mea.jwp.team;

import org.eclipse.osgi.util.NLS;

/** Translatable messages of the team operations and the element history ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.team.messages"; //$NON-NLS-1$

	public static String ProgrammeRepository_notInRepository;
	public static String ProgrammeRepository_cannotOpen;
	public static String ProgrammeRepository_notProgramme;
	public static String ProgrammeRepository_cannotCreate;
	public static String ProgrammeRepository_cannotClone;
	public static String ProgrammeRepository_cannotSetServer;
	public static String ProgrammeRepository_cannotReadMergeState;
	public static String ProgrammeRepository_noCommit;
	public static String ProgrammeRepository_notInCommit;
	public static String ProgrammeRepository_cannotReadAt;
	public static String ProgrammeRepository_cannotReadLastCommit;
	public static String ProgrammeRepository_outside;
	public static String ProgrammeRepository_cannotAdd;
	public static String ProgrammeRepository_cannotWrite;
	public static String ProgrammeRepository_noMessage;
	public static String ProgrammeRepository_nothingToCommit;
	public static String ProgrammeRepository_cannotCommit;
	public static String ProgrammeRepository_cannotMerge;
	public static String ProgrammeRepository_localChanges;
	public static String ProgrammeRepository_cannotPullFrom;
	public static String ProgrammeRepository_cannotPull;
	public static String ProgrammeRepository_noAnswer;
	public static String ProgrammeRepository_cannotPushTo;
	public static String ProgrammeRepository_cannotPush;
	public static String ProgrammeRepository_cannotReadHead;
	public static String ProgrammeRepository_hostKeyRefused;
	public static String ProgrammeRepository_noPassphrase;
	public static String ProgrammeRepository_wrongPassphrase;
	public static String ProgrammeRepository_loginRefused;
	public static String ProgrammeRepository_loginWanted;
	public static String ProgrammeRepository_connectionFailed;
	public static String ModelMerger_cannotWrite;
	public static String ElementHistory_cannotReadHistory;
	public static String UncommittedChanges_cannotRead;
	public static String HistoryEntry_added;
	public static String HistoryEntry_removed;
	public static String HistoryEntry_unreadable;
	public static String HistoryEntry_none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
