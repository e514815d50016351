package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.mea.jwp.team.internal.JGitCredentials;
import org.mea.jwp.team.internal.MonitorAdapter;

/** The login reaches JGit and nowhere else; JGit's progress and the cancel button cross the adapter. */
class CredentialsAndProgressTest {

	@Test
	void loginAnswersJGitAndHidesItsSecret() throws Exception {
		List<String> asked = new ArrayList<>();
		CredentialsProvider provider = uri -> {
			asked.add(uri);
			return new CredentialsProvider.Login("anna", "token".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
		};
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();
		assertTrue(new JGitCredentials(provider).get(new URIish("https://127.0.0.1/jwp.git"), user, password)); //$NON-NLS-1$
		assertEquals("anna", user.getValue()); //$NON-NLS-1$
		assertArrayEquals("token".toCharArray(), password.getValue()); //$NON-NLS-1$
		assertEquals(List.of("https://127.0.0.1/jwp.git"), asked); //$NON-NLS-1$
		assertFalse(provider.login("x").toString().contains("token")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(
				new JGitCredentials(null).get(new URIish("https://127.0.0.1/jwp.git"), new CredentialItem.Username())); //$NON-NLS-1$
	}

	@Test
	void progressAndCancelCrossTheAdapter() {
		List<String> tasks = new ArrayList<>();
		double[] worked = new double[1];
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				tasks.add(name);
			}

			@Override
			public void internalWorked(double work) {
				worked[0] += work;
			}

			@Override
			public void worked(int work) {
				worked[0] += work;
			}
		};
		MonitorAdapter adapter = new MonitorAdapter(monitor);
		adapter.beginTask("Receiving objects", 10); //$NON-NLS-1$
		adapter.update(5);
		adapter.endTask();
		assertEquals(List.of("Receiving objects"), tasks); //$NON-NLS-1$
		assertTrue(worked[0] > 0, String.valueOf(worked[0]));
		assertFalse(adapter.isCancelled());
		monitor.setCanceled(true);
		assertTrue(adapter.isCancelled());
	}
}
