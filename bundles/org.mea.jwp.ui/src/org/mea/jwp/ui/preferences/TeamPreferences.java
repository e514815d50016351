package org.mea.jwp.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.util.SystemReader;
import org.mea.jwp.team.Author;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Who the workbench commits as (Window > Preferences > JWP Workbench > Sharing): the name and
 * e-mail address every commit of Team > Commit carries. Until they are set, the user's Git
 * configuration ({@code user.name}, {@code user.email}) proposes them, as command-line git would
 * use them; nothing is guessed from the operating system.
 */
public final class TeamPreferences {

	/** Name of the commit author. */
	public static final String AUTHOR_NAME = "team.authorName"; //$NON-NLS-1$
	/** E-mail address of the commit author. */
	public static final String AUTHOR_EMAIL = "team.authorEmail"; //$NON-NLS-1$

	private TeamPreferences() {
	}

	/** The name set in the preferences, else Git's {@code user.name}, else empty. */
	public static String authorName() {
		return value(AUTHOR_NAME, ConfigConstants.CONFIG_KEY_NAME);
	}

	/** The e-mail set in the preferences, else Git's {@code user.email}, else empty. */
	public static String authorEmail() {
		return value(AUTHOR_EMAIL, ConfigConstants.CONFIG_KEY_EMAIL);
	}

	/** The author to commit as, or {@code null} while the name or the e-mail is missing. */
	public static Author author() {
		String name = authorName();
		String email = authorEmail();
		return name.isBlank() || email.isBlank() ? null : new Author(name.strip(), email.strip());
	}

	/** Keeps {@code author} for the next commits. */
	public static void setAuthor(Author author) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(JwpPreferences.NODE);
		node.put(AUTHOR_NAME, author.name());
		node.put(AUTHOR_EMAIL, author.email());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the workbench saves its preferences again when it closes
		}
	}

	private static String value(String key, String gitKey) {
		String set = InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).get(key, ""); //$NON-NLS-1$
		if (!set.isBlank()) {
			return set;
		}
		try {
			Config git = SystemReader.getInstance().getUserConfig();
			String value = git.getString(ConfigConstants.CONFIG_USER_SECTION, null, gitKey);
			return value == null ? "" : value; //$NON-NLS-1$
		} catch (Exception e) {
			return ""; // an unreadable ~/.gitconfig proposes nothing //$NON-NLS-1$
		}
	}
}
