package org.mea.jwp.team;

/**
 * Who makes a commit: the caller says (the workbench from its preferences, the command line from
 * its arguments), so that a commit never carries a name guessed from the operating system.
 */
public record Author(String name, String email) {

	public Author {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("the author has no name"); //$NON-NLS-1$
		}
		if (email == null || email.isBlank()) {
			throw new IllegalArgumentException("the author " + name + " has no e-mail address"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
