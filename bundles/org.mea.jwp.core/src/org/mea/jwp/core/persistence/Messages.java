package org.mea.jwp.core.persistence;

import org.eclipse.osgi.util.NLS;

/** Translatable messages of loading and saving programmes ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.persistence.messages"; //$NON-NLS-1$

	public static String ElementIds_empty;
	public static String ElementIds_contains;
	public static String ElementIds_space;
	public static String ElementIds_invisible;
	public static String XmlText_surrogate;
	public static String XmlText_control;
	public static String XmlText_noncharacter;
	public static String JwpLoadHandler_badId;
	public static String JwpLoadHandler_duplicateId;
	public static String JwpLoadHandler_notAnId;
	public static String JwpLoadHandler_outside;
	public static String JwpResource_danglingReference;
	public static String ProgrammeChangedException_changed;
	public static String ProgrammeFileException_line;
	public static String ProgrammeFileException_lineColumn;
	public static String ProgrammeStore_notUtf8;
	public static String ProgrammeStore_noSuchFile;
	public static String ProgrammeStore_notAFile;
	public static String ProgrammeStore_tooLarge;
	public static String ProgrammeStore_nothing;
	public static String ProgrammeStore_noProgramme;
	public static String ProgrammeStore_unreadableVersion;
	public static String ProgrammeStore_newerFormat;
	public static String ProgrammeStore_unreadable;
	public static String ProgrammeStore_doctype;
	public static String ProgrammeStore_endsEarly;
	public static String ProgrammeStore_notWellFormed;
	public static String ProgrammeStore_unknownFeature;
	public static String ProgrammeStore_unknownType;
	public static String ProgrammeStore_illegalValue;
	public static String ProgrammeStore_unresolved;
	public static String ProgrammeStore_noFolder;
	public static String ProgrammeStore_notSaved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
