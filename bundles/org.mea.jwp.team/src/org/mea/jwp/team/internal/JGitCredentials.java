package org.mea.jwp.team.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.mea.jwp.team.CredentialsProvider;
import org.mea.jwp.team.CredentialsProvider.Login;

/**
 * Answers JGit's questions from a {@link CredentialsProvider}: a login (user name, password) for a
 * server; over SSH, the passphrase of an encrypted key and whether to trust an unknown server key.
 * Each is asked for when JGit needs it and not kept: nothing of it is stored or logged here. What was
 * refused or not given is remembered (server, key file, never a secret), so that a failure can say
 * it in one line.
 */
public final class JGitCredentials extends org.eclipse.jgit.transport.CredentialsProvider {

	private final CredentialsProvider provider;
	/** The server that refused a login given for it, or that wanted one when none was given; no user or secret in it. */
	private volatile String refusedBy;
	private volatile String wantedBy;
	/** The SSH key whose passphrase was asked for, how often, and whether the provider had none. */
	private volatile String passphraseKey;
	private volatile int passphraseAsks;
	private volatile boolean passphraseWithheld;
	/** The SSH server whose key the provider did not trust; whether it trusted one in this operation. */
	private volatile String hostKeyRefused;
	private volatile boolean hostKeyAccepted;

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
					|| item instanceof CredentialItem.InformationalMessage || item instanceof CredentialItem.YesNoType
					|| item instanceof CredentialItem.StringType)) {
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

	/** The SSH key file whose passphrase was asked for in this operation, or {@code null}. */
	public String passphraseKey() {
		return passphraseKey;
	}

	/**
	 * Whether the passphrase given for {@link #passphraseKey()} did not open it: JGit asks again only
	 * after a wrong one.
	 */
	public boolean passphraseWrong() {
		return passphraseKey != null && !passphraseWithheld && passphraseAsks > 1;
	}

	/** Whether the provider gave no passphrase for {@link #passphraseKey()}. */
	public boolean passphraseWithheld() {
		return passphraseWithheld;
	}

	/** The SSH server ({@code user@host:port}) whose key the provider did not trust, or {@code null}. */
	public String hostKeyRefused() {
		return hostKeyRefused;
	}

	private static String address(URIish uri) {
		return uri.setUser(null).setPass(null).toString();
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		boolean yesNo = Arrays.stream(items).anyMatch(CredentialItem.YesNoType.class::isInstance);
		boolean user = Arrays.stream(items).anyMatch(CredentialItem.Username.class::isInstance);
		boolean password = Arrays.stream(items).anyMatch(CredentialItem.Password.class::isInstance);
		if (yesNo) {
			return hostKeyQuestion(uri, items);
		}
		if (password && !user && uri.getHost() == null) {
			return passphrase(uri, items);
		}
		if (Arrays.stream(items).allMatch(CredentialItem.InformationalMessage.class::isInstance)) {
			return true; // only something to tell (a revoked host key, say): the failure that follows says it
		}
		Login login = provider.login(uri.toString());
		if (login == null) {
			wantedBy = address(uri);
			return false;
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username name) {
				name.setValue(login.user());
			} else if (item instanceof CredentialItem.Password secret) {
				secret.setValue(Arrays.copyOf(login.secret(), login.secret().length));
			} else if (item instanceof CredentialItem.StringType text) {
				text.setValue(login.user()); // a visible answer to a server's question: the user, never the secret
			} else if (!(item instanceof CredentialItem.InformationalMessage)) {
				throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName() + ": " + item.getPromptText()); //$NON-NLS-1$
			}
		}
		return true;
	}

	/**
	 * JGit's sshd asks for the passphrase of an encrypted key with a password item (and a message
	 * naming the key) for a URI that is the key file, not a server.
	 */
	private boolean passphrase(URIish uri, CredentialItem... items) {
		String key = uri.getPath() == null ? uri.toString() : uri.getPath();
		passphraseKey = key;
		passphraseAsks++;
		char[] answer = provider.passphrase(key, text(items));
		if (answer == null) {
			passphraseWithheld = true;
			return false;
		}
		try {
			for (CredentialItem item : items) {
				if (item instanceof CredentialItem.Password secret) {
					secret.setValue(Arrays.copyOf(answer, answer.length));
				}
			}
		} finally {
			Arrays.fill(answer, '\0');
		}
		return true;
	}

	/**
	 * Yes/no questions come from the known-hosts check: trust an unknown (or changed) server key, and
	 * then create the {@code known_hosts} file to keep it in. The second is asked for a URI without a
	 * host (the file) and is answered here: yes when the provider just trusted a key, which it means
	 * to keep.
	 */
	private boolean hostKeyQuestion(URIish uri, CredentialItem... items) {
		boolean answer;
		if (uri.getHost() == null) {
			answer = hostKeyAccepted;
		} else {
			String host = uri.toString().replaceFirst("^ssh://", ""); //$NON-NLS-1$ //$NON-NLS-2$
			answer = provider.acceptHostKey(host, text(items));
			if (answer) {
				hostKeyAccepted = true;
			} else {
				hostKeyRefused = host;
			}
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.YesNoType question) {
				question.setValue(answer);
			}
		}
		return true;
	}

	/** The messages and prompts of {@code items}, one a line, for a provider to show. */
	private static String text(CredentialItem... items) {
		List<String> lines = new ArrayList<>();
		for (CredentialItem item : items) {
			if (item.getPromptText() != null && !item.getPromptText().isBlank()) {
				lines.add(item.getPromptText());
			}
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}
}
