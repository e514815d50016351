package org.mea.jwp.team.internal;

import java.nio.file.Path;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * SSH for JGit's clone, fetch and push: one Apache MINA sshd session factory, made when the first
 * command needs it and handed to that command's SSH transport. JGit would find a factory through
 * {@link java.util.ServiceLoader}, which does not look across bundles in OSGi; and handing it per
 * command leaves JGit's global default alone.
 * <p>
 * Keys, {@code known_hosts} and {@code config} are read from the user's {@code ~/.ssh}, or from the
 * folder the system property {@value #DIRECTORY_PROPERTY} names (tests use a temporary one, so that
 * the user's own files are never read or written). The factory keeps no keys in memory between
 * connections: an encrypted key's passphrase is asked for each time it is needed.
 */
public final class SshSessions {

	/** The system property naming the folder to use instead of {@code ~/.ssh}. */
	public static final String DIRECTORY_PROPERTY = "org.mea.jwp.team.sshDirectory"; //$NON-NLS-1$

	private static Path directory;
	private static SshdSessionFactory factory;

	private SshSessions() {
	}

	/** Makes {@code command}'s SSH transport, if it uses one, connect through {@link #factory()}. */
	public static void configure(TransportCommand<?, ?> command) {
		command.setTransportConfigCallback(transport -> {
			if (transport instanceof SshTransport ssh) {
				ssh.setSshSessionFactory(factory());
			}
		});
	}

	/** The factory for the current SSH folder; a new one (the old one closed) when the folder changed. */
	static synchronized SshdSessionFactory factory() {
		Path wanted = directory();
		if (factory == null || !wanted.equals(directory)) {
			if (factory != null) {
				factory.close();
			}
			Path home = wanted.toAbsolutePath().getParent();
			factory = new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile()).setSshDirectory(wanted.toFile())
					.build(null);
			directory = wanted;
		}
		return factory;
	}

	/** {@value #DIRECTORY_PROPERTY} when set, else {@code ~/.ssh}. */
	public static Path directory() {
		String configured = System.getProperty(DIRECTORY_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return FS.DETECTED.userHome().toPath().resolve(".ssh"); //$NON-NLS-1$
	}
}
