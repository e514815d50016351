package org.mea.jwp.ui.internal.team;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the Team menu's dialogs and jobs ({@code messages.properties}, with French and Spanish beside it). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.team.messages"; //$NON-NLS-1$

	public static String CloneDialog_title;
	public static String CloneDialog_action;
	public static String CloneDialog_message;
	public static String CloneDialog_repository;
	public static String CloneDialog_repositoryHint;
	public static String CloneDialog_folder;
	public static String CloneDialog_browse;
	public static String CloneDialog_noRepository;
	public static String CloneDialog_noFolder;
	public static String CloneDialog_notEmpty;
	public static String CloneDialog_unreadable;
	public static String CloneDialog_isFile;
	public static String CloneHandler_job;
	public static String CloneHandler_unreadable;
	public static String CloneHandler_noProgramme;
	public static String CloneHandler_choose;
	public static String CommitDialog_title;
	public static String CommitDialog_action;
	public static String CommitDialog_heading;
	public static String CommitDialog_message;
	public static String CommitDialog_newFile;
	public static String CommitDialog_nothingChanged;
	public static String CommitDialog_changed;
	public static String CommitDialog_messageLabel;
	public static String CommitDialog_authorName;
	public static String CommitDialog_authorEmail;
	public static String CommitDialog_andMore;
	public static String CommitDialog_noMessage;
	public static String CommitDialog_noAuthor;
	public static String CommitDialog_notEmail;
	public static String CommitHandler_why;
	public static String CommitHandler_inConflict;
	public static String CommitHandler_job;
	public static String LoginDialog_title;
	public static String LoginDialog_action;
	public static String LoginDialog_message;
	public static String LoginDialog_user;
	public static String LoginDialog_secret;
	public static String LoginDialog_remember;
	public static String LoginDialog_noUser;
	public static String LoginDialog_passphraseTitle;
	public static String LoginDialog_trustTitle;
	public static String PullHandler_title;
	public static String PullHandler_why;
	public static String PullHandler_job;
	public static String PullHandler_upToDate;
	public static String PullHandler_fastForward;
	public static String PullHandler_merged;
	public static String PullHandler_unreadable;
	public static String PullHandler_otherFiles;
	public static String PushHandler_title;
	public static String PushHandler_commitFirst;
	public static String PushHandler_job;
	public static String PushHandler_conflicts;
	public static String PushHandler_mergedAndPushed;
	public static String PushHandler_pushed;
	public static String PushHandler_upToDate;
	public static String PushHandler_rejected;
	public static String SecureCredentials_unreadable;
	public static String SecureCredentials_notKept;
	public static String SecureCredentials_notRemoved;
	public static String ShareDialog_title;
	public static String ShareDialog_action;
	public static String ShareDialog_messageLabel;
	public static String ShareDialog_defaultMessage;
	public static String ShareDialog_server;
	public static String ShareDialog_serverHint;
	public static String ShareDialog_explanation;
	public static String ShareDialog_noMessage;
	public static String ShareHandler_why;
	public static String ShareHandler_newRepository;
	public static String ShareHandler_existingRepository;
	public static String ShareHandler_job;
	public static String ShareHandler_shared;
	public static String ShareHandler_pushed;
	public static String ShareHandler_refused;
	public static String TeamSupport_notSaved;
	public static String TeamSupport_unsaved;
	public static String TeamSupport_noProgramme;
	public static String TeamSupport_noAuthor;
	public static String UncommittedElements_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
