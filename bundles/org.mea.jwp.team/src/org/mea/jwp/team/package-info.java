/**
 * Sharing a programme in Git (through JGit, without UI): {@link org.mea.jwp.team.ProgrammeRepository}
 * shares, clones, commits, pulls and pushes; {@link org.mea.jwp.team.ElementHistory} tells who changed
 * which element when. The model-aware merge plugs in through {@link org.mea.jwp.team.ProgrammeMerger}.
 */
package org.mea.jwp.team;
