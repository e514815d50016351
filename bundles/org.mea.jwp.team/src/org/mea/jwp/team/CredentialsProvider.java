package org.mea.jwp.team;

import java.util.Arrays;

/**
 * Where a clone, pull or push gets the login for a server. The workbench fills it from Eclipse
 * secure storage; this bundle never writes a login to a file or a log, and keeps it only as long as
 * one operation runs.
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
