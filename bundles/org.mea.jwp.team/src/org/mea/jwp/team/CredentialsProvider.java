package org.mea.jwp.team;

import java.util.Arrays;

/**
 * Where a clone, pull or push gets the login for a server, and, over SSH, the passphrase of the
 * user's key and the answer to "trust this server?". The workbench fills logins from Eclipse secure
 * storage; this bundle never writes a login or a passphrase to a file or a log, and keeps it only as
 * long as one operation runs.
 * <p>
 * Over SSH ({@code ssh://user@host/path}, {@code user@host:path}) the login is the user's key in
 * {@code ~/.ssh}: {@link #login} is not asked; {@link #passphrase} is, when that key is encrypted,
 * and {@link #acceptHostKey} when the server's key is not yet in {@code ~/.ssh/known_hosts}. Both
 * have defaults (no passphrase, do not trust), so a provider written for HTTPS logins stays valid
 * and simply cannot open an encrypted key or meet a new server.
 */
@FunctionalInterface
public interface CredentialsProvider {

	/** No login: anonymous access (a folder, {@code git://}, a public HTTPS server). */
	CredentialsProvider NONE = uri -> null;

	/** The login for {@code uri}, or {@code null} to try without one. */
	Login login(String uri);

	/** The server of {@code uri} refused the last login given for it: a kept one should be forgotten. */
	default void rejected(String uri) {
		// nothing kept, nothing to forget
	}

	/**
	 * The passphrase of the encrypted SSH private key {@code key} (the key file, as JGit names it),
	 * or {@code null} to give up (the operation then fails saying no passphrase was given). When the
	 * answer did not open the key, the provider is asked again, with a {@code prompt} saying so, as
	 * often as the SSH configuration allows ({@code NumberOfPasswordPrompts}, 3 by default).
	 *
	 * @param key    the key file
	 * @param prompt the question to show, one or more lines (first time: the key needs a passphrase;
	 *               again: the passphrase did not open it)
	 * @return the passphrase (the caller clears the array after use), or {@code null}
	 */
	default char[] passphrase(String key, String prompt) {
		return null;
	}

	/**
	 * Whether to trust the key the SSH server {@code host} showed, which {@code known_hosts} does not
	 * know (a first connection) or knows with another key (the server was reinstalled, or is not the
	 * one it claims to be). A trusted key is added to {@code known_hosts} and not asked about again.
	 *
	 * @param host     the server, as {@code user@host:port}
	 * @param question what to show, several lines: what happened, the key's type and fingerprints,
	 *                 and the question
	 * @return {@code true} to trust the key and go on, {@code false} (the default) to stop
	 */
	default boolean acceptHostKey(String host, String question) {
		return false;
	}

	/** A user and a password or token; {@link #toString()} does not show the secret. */
	record Login(String user, char[] secret) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Login login && login.user.equals(user) && Arrays.equals(login.secret, secret);
		}

		@Override
		public int hashCode() {
			return user.hashCode();
		}

		@Override
		public String toString() {
			return "Login[user=" + user + ", secret=***]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
