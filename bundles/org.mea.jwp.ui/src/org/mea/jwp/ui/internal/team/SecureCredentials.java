package org.mea.jwp.ui.internal.team;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.team.CredentialsProvider;

/**
 * Server logins kept in Eclipse secure storage (encrypted with the master password, shown under
 * General > Security > Secure Storage), one node per server: a login is asked for once, through
 * {@link LoginPrompt}, and used again until the server refuses it. The secret goes nowhere else:
 * not to the preferences, not to a log.
 */
public final class SecureCredentials implements CredentialsProvider {

	/** The node under which logins are kept, per server. */
	static final String NODE = "org.mea.jwp.team"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String SECRET = "secret"; //$NON-NLS-1$

	/** Asks the user for a login; {@code null} when they cancel. */
	@FunctionalInterface
	public interface LoginPrompt {
		/** {@code remember}: whether the answer may be kept in secure storage. */
		Answer ask(String server, String user);

		/** Asks for the passphrase of SSH key {@code key}, showing {@code prompt}; {@code null} when cancelled. Never kept. */
		default char[] passphrase(String key, String prompt) {
			return null;
		}

		/** Asks whether to trust the key SSH server {@code host} showed, with {@code question}; {@code false} by default. */
		default boolean trust(String host, String question) {
			return false;
		}

		/** Tells the user that the secure storage failed ({@code problem}); the login still serves this time. */
		default void storageFailed(String problem) {
			// a prompt without a user interface has no one to tell
		}

		/** A login and whether to keep it. */
		record Answer(Login login, boolean remember) {
		}
	}

	private final ISecurePreferences root;
	private final LoginPrompt prompt;

	/** Logins in {@code root} (the default secure storage in the workbench), asked with {@code prompt}. */
	public SecureCredentials(ISecurePreferences root, LoginPrompt prompt) {
		this.root = root;
		this.prompt = prompt;
	}

	/** The workbench's secure storage, asking with a dialog. */
	public static SecureCredentials ofWorkbench() {
		return new SecureCredentials(SecurePreferencesFactory.getDefault(), new LoginDialog.Prompt());
	}

	@Override
	public Login login(String uri) {
		String server = server(uri);
		ISecurePreferences node = root == null ? null : root.node(NODE).node(EncodingUtils.encodeSlashes(server));
		String user = ""; //$NON-NLS-1$
		if (node != null) {
			try {
				user = node.get(USER, ""); //$NON-NLS-1$
				String secret = node.get(SECRET, null);
				if (!user.isEmpty() && secret != null) {
					return new Login(user, secret.toCharArray());
				}
			} catch (StorageException e) {
				prompt.storageFailed(NLS.bind(Messages.SecureCredentials_unreadable, e.getMessage()));
			}
		}
		LoginPrompt.Answer answer = prompt.ask(server, user.isEmpty() ? userIn(uri) : user);
		if (answer == null) {
			return null;
		}
		if (answer.remember() && node != null) {
			store(node, answer.login());
		}
		return answer.login();
	}

	private void store(ISecurePreferences node, Login login) {
		try {
			node.put(USER, login.user(), false);
			node.put(SECRET, new String(login.secret()), true);
			node.flush();
		} catch (StorageException | java.io.IOException e) {
			prompt.storageFailed(NLS.bind(Messages.SecureCredentials_notKept, e.getMessage()));
			node.removeNode();
		}
	}

	/** SSH key passphrases are asked each time and never kept: the key file is the user's to protect. */
	@Override
	public char[] passphrase(String key, String question) {
		return prompt.passphrase(key, question);
	}

	@Override
	public boolean acceptHostKey(String host, String question) {
		return prompt.trust(host, question);
	}

	/** The server refused the login: forget it, so that the next attempt asks again. */
	@Override
	public void rejected(String uri) {
		if (root != null && root.nodeExists(NODE + '/' + EncodingUtils.encodeSlashes(server(uri)))) {
			root.node(NODE).node(EncodingUtils.encodeSlashes(server(uri))).removeNode();
			try {
				root.flush();
			} catch (java.io.IOException e) {
				prompt.storageFailed(NLS.bind(Messages.SecureCredentials_notRemoved, e.getMessage()));
			}
		}
	}

	/**
	 * The key a login is kept under: scheme, host and port, without user, path or query, so that
	 * every repository of one server shares one login and no secret in a URL becomes a key.
	 */
	static String server(String uri) {
		try {
			URI parsed = new URI(uri);
			if (parsed.getHost() == null) {
				return uri;
			}
			return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (URISyntaxException e) {
			return uri;
		}
	}

	private static String userIn(String uri) {
		try {
			String info = new URI(uri).getUserInfo();
			return info == null ? "" : info.split(":", 2)[0]; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException e) {
			return ""; //$NON-NLS-1$
		}
	}
}
