package org.mea.jwp.core.merge;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the merge: values and conflict sides as the Merge Conflicts view shows them ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.merge.messages"; //$NON-NLS-1$

	public static String Display_none;
	public static String Display_subItem;
	public static String Display_paragraph;
	public static String Display_comment;
	public static String Display_baselineEntry;
	public static String FrozenBaselines_removed;
	public static String FrozenBaselines_altered;
	public static String FrozenBaselines_baseline;
	public static String DuplicateCodes_codeFor;
	public static String MergeRun_edited;
	public static String MergeRun_deleted;
	public static String MergeRun_elementDeleted;
	public static String References_refersKept;
	public static String References_removed;
	public static String Resolvers_restore;
	public static String Resolvers_move;
	public static String Resolvers_delete;
	public static String MergeResult_merge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
