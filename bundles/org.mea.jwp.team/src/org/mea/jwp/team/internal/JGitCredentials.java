package org.mea.jwp.team.internal;

import java.util.Arrays;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.mea.jwp.team.CredentialsProvider;
import org.mea.jwp.team.CredentialsProvider.Login;

/**
 * Answers JGit's questions for a login (user name, password) from a {@link CredentialsProvider}. The
 * login is asked for when JGit needs it and not kept: nothing of it is stored or logged here.
 */
public final class JGitCredentials extends org.eclipse.jgit.transport.CredentialsProvider {

	private final CredentialsProvider provider;
	/** The server that refused a login given for it, or that wanted one when none was given; no user or secret in it. */
	private volatile String refusedBy;
	private volatile String wantedBy;

	public JGitCredentials(CredentialsProvider provider) {
		this.provider = provider == null ? CredentialsProvider.NONE : provider;
	}

	@Override
	public boolean isInteractive() {
		return false;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
					|| item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
		}
		return true;
	}

	/** JGit asks again after the server refused the login: the provider forgets the refused one. */
	@Override
	public void reset(URIish uri) {
		refusedBy = address(uri);
		provider.rejected(uri.toString());
	}

	/** The address of the server that refused the login given for it, or {@code null}. */
	public String refusedBy() {
		return refusedBy;
	}

	/** The address of the server that asked for a login when the provider had none, or {@code null}. */
	public String wantedBy() {
		return wantedBy;
	}

	private static String address(URIish uri) {
		return uri.setUser(null).setPass(null).toString();
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		Login login = provider.login(uri.toString());
		if (login == null) {
			wantedBy = address(uri);
			return false;
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username user) {
				user.setValue(login.user());
			} else if (item instanceof CredentialItem.Password password) {
				password.setValue(Arrays.copyOf(login.secret(), login.secret().length));
			} else if (!(item instanceof CredentialItem.InformationalMessage)) {
				throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName() + ": " + item.getPromptText()); //$NON-NLS-1$
			}
		}
		return true;
	}
}
