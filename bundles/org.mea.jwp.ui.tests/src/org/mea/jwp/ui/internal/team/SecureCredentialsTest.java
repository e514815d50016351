package org.mea.jwp.ui.internal.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.team.CredentialsProvider.Login;

/**
 * Logins go to Eclipse secure storage, encrypted, one per server: asked once, used again, forgotten
 * when the server refuses them; a login the user does not want kept is not kept.
 */
class SecureCredentialsTest {

	private static final String REPOSITORY = "https://127.0.0.1:8443/secretariats/jwp.git"; //$NON-NLS-1$

	@TempDir
	Path folder;

	/** A storage file of its own, encrypted with a fixed password instead of asking for the master password. */
	private ISecurePreferences storage() throws Exception {
		return SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), //$NON-NLS-1$
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()), //$NON-NLS-1$
						IProviderHints.PROMPT_USER, Boolean.FALSE));
	}

	@Test
	void askedOnceKeptEncryptedAndForgottenWhenRefused() throws Exception {
		List<String> asked = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		SecureCredentials credentials = new SecureCredentials(storage(), new SecureCredentials.LoginPrompt() {
			@Override
			public Answer ask(String server, String user) {
				asked.add(server + " as " + user); //$NON-NLS-1$
				return new Answer(new Login("anna", "ghp_token_1234".toCharArray()), true); //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public void storageFailed(String problem) {
				failures.add(problem);
			}
		});
		Login first = credentials.login(REPOSITORY);
		assertEquals("anna", first.user()); //$NON-NLS-1$
		assertArrayEquals("ghp_token_1234".toCharArray(), first.secret()); //$NON-NLS-1$
		assertEquals(List.of("https://127.0.0.1:8443 as "), asked, "one login per server, asked for once"); //$NON-NLS-1$ //$NON-NLS-2$

		Login again = credentials.login("https://127.0.0.1:8443/other/repository.git"); //$NON-NLS-1$
		assertEquals(first, again);
		assertEquals(1, asked.size(), "kept: not asked again for the same server"); //$NON-NLS-1$
		String stored = Files.readString(folder.resolve("secure_storage"), StandardCharsets.ISO_8859_1); //$NON-NLS-1$
		assertFalse(stored.contains("ghp_token_1234"), "the secret is encrypted in the storage file"); //$NON-NLS-1$ //$NON-NLS-2$

		credentials.rejected(REPOSITORY);
		credentials.login(REPOSITORY);
		assertEquals(List.of("https://127.0.0.1:8443 as ", "https://127.0.0.1:8443 as "), asked, //$NON-NLS-1$ //$NON-NLS-2$
				"refused by the server: forgotten and asked again"); //$NON-NLS-1$
		assertEquals(List.of(), failures, "the storage worked throughout"); //$NON-NLS-1$
	}

	@Test
	void aLoginNotToBeKeptIsAskedForEachTime() throws Exception {
		List<String> asked = new ArrayList<>();
		SecureCredentials credentials = new SecureCredentials(storage(), (server, user) -> {
			asked.add(user);
			return new SecureCredentials.LoginPrompt.Answer(new Login("bruno", "secret".toCharArray()), false); //$NON-NLS-1$ //$NON-NLS-2$
		});
		credentials.login("https://bruno@127.0.0.1/jwp.git"); //$NON-NLS-1$
		credentials.login("https://bruno@127.0.0.1/jwp.git"); //$NON-NLS-1$
		assertEquals(List.of("bruno", "bruno"), asked, "not kept, so asked again; the user in the URL is proposed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theCancelledPromptMeansNoLogin() throws Exception {
		assertNull(new SecureCredentials(storage(), (server, user) -> null).login(REPOSITORY));
	}

	/** SSH: the key's passphrase and the trust in a new server are asked each time, never kept. */
	@Test
	void sshPassphraseAndHostKeyAreAskedAndNotKept() throws Exception {
		List<String> asked = new ArrayList<>();
		SecureCredentials credentials = new SecureCredentials(storage(), new SecureCredentials.LoginPrompt() {
			@Override
			public Answer ask(String server, String user) {
				throw new AssertionError("no login asked for SSH"); //$NON-NLS-1$
			}

			@Override
			public char[] passphrase(String key, String question) {
				asked.add("passphrase of " + key); //$NON-NLS-1$
				return "key passphrase 42".toCharArray(); //$NON-NLS-1$
			}

			@Override
			public boolean trust(String host, String question) {
				asked.add("trust " + host); //$NON-NLS-1$
				return host.startsWith("anna@127.0.0.1"); //$NON-NLS-1$
			}
		});
		assertArrayEquals("key passphrase 42".toCharArray(), //$NON-NLS-1$
				credentials.passphrase("/home/anna/.ssh/id_ed25519", "Passphrase?")); //$NON-NLS-1$ //$NON-NLS-2$
		assertArrayEquals("key passphrase 42".toCharArray(), //$NON-NLS-1$
				credentials.passphrase("/home/anna/.ssh/id_ed25519", "Passphrase?")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(true, credentials.acceptHostKey("anna@127.0.0.1:2222", "Trust it?")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(false, credentials.acceptHostKey("anna@192.0.2.7:22", "Trust it?")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("passphrase of /home/anna/.ssh/id_ed25519", "passphrase of /home/anna/.ssh/id_ed25519", //$NON-NLS-1$ //$NON-NLS-2$
				"trust anna@127.0.0.1:2222", "trust anna@192.0.2.7:22"), asked, "asked each time: nothing kept"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(Files.exists(folder.resolve("secure_storage")) //$NON-NLS-1$
				&& Files.readString(folder.resolve("secure_storage"), StandardCharsets.ISO_8859_1) //$NON-NLS-1$
						.contains("passphrase 42"), //$NON-NLS-1$
				"the passphrase is not in the storage"); //$NON-NLS-1$
	}
}
