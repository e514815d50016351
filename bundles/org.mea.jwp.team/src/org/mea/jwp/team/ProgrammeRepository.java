package org.mea.jwp.team;

import org.eclipse.osgi.util.NLS;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.SystemReader;
import org.mea.jwp.team.internal.JGitCredentials;
import org.mea.jwp.team.internal.MonitorAdapter;
import org.mea.jwp.team.internal.ProgrammeConflicts;
import org.mea.jwp.team.internal.ProgrammeVersions;
import org.mea.jwp.team.internal.SshSessions;

/**
 * A Git repository holding programme files, with the operations two secretariats need to share one
 * programme: share, clone, commit, pull (fetch and merge), push, and publish (push, pulling and
 * merging first when the server moved). Git does the distribution; what
 * Git cannot know, the model, comes in through a {@link ProgrammeMerger}. Every operation that talks
 * to a server takes a {@link CredentialsProvider} and a progress monitor whose cancel button stops it.
 * Close the repository when done.
 */
public final class ProgrammeRepository implements AutoCloseable {

	/** The {@code .gitattributes} line that hands programme files to the JWP merge driver. */
	public static final String MERGE_ATTRIBUTE = "*.jwp merge=jwp"; //$NON-NLS-1$

	/**
	 * The {@code .gitignore} lines for what saving a programme leaves next to it (its backup, the
	 * lock of a save in progress): they are not part of the programme and must not be shared.
	 */
	public static final List<String> IGNORED = List.of("*.jwp.bak", ".*.jwp.lock", "*.jwp.conflicts.json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static final String ORIGIN = Constants.DEFAULT_REMOTE_NAME;

	/**
	 * The system property naming the folder SSH keys, {@code known_hosts} and {@code config} are read
	 * from instead of {@code ~/.ssh} (tests point it at a temporary folder).
	 */
	public static final String SSH_DIRECTORY_PROPERTY = SshSessions.DIRECTORY_PROPERTY;

	private final Git git;
	private ProgrammeMerger merger = new ModelMerger();

	private ProgrammeRepository(Git git) {
		this.git = git;
	}

	/** The repository that contains {@code path} (a programme file or a folder). */
	public static ProgrammeRepository open(Path path) throws TeamException {
		Path start = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
		if (builder.getGitDir() == null) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_notInRepository, path));
		}
		try {
			return new ProgrammeRepository(new Git(builder.setMustExist(true).build()));
		} catch (RepositoryNotFoundException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_notInRepository, path), e);
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotOpen, path, e.getMessage()), e);
		}
	}

	/**
	 * Whether {@code path} (a programme file or a folder) is in the working tree of a Git repository,
	 * so that {@link #open} finds one: the workbench says "share it first" rather than showing a failure.
	 */
	public static boolean isShared(Path path) {
		Path start = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
		return start != null && new FileRepositoryBuilder().findGitDir(start.toFile()).getGitDir() != null;
	}

	/**
	 * Shares the programme file {@code programme}: in the repository that already contains it, or a
	 * new one created in its folder. Adds the programme, a {@code .gitattributes} with
	 * {@link #MERGE_ATTRIBUTE} and a {@code .gitignore} with {@link #IGNORED} to the index;
	 * {@link #commit} records them.
	 */
	public static ProgrammeRepository share(Path programme) throws TeamException {
		if (!Files.isRegularFile(programme)) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_notProgramme, programme));
		}
		Path folder = programme.toAbsolutePath().getParent();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
		ProgrammeRepository repository;
		if (builder.getGitDir() != null) {
			repository = open(folder);
		} else {
			try {
				repository = new ProgrammeRepository(
						Git.init().setDirectory(folder.toFile()).setInitialBranch(initialBranch()).call());
			} catch (GitAPIException | IOException | ConfigInvalidException e) {
				throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotCreate, folder, e.getMessage()), e);
			}
		}
		try {
			repository.addMergeAttribute();
			repository.add(programme);
			return repository;
		} catch (TeamException e) {
			repository.close();
			throw e;
		}
	}

	/**
	 * The first branch of a new repository: the user's {@code init.defaultBranch}, else "main", the
	 * name Git servers give a new repository's branch, so that the first push lands where a clone
	 * looks.
	 */
	private static String initialBranch() throws IOException, ConfigInvalidException {
		String configured = SystemReader.getInstance().getUserConfig().getString(ConfigConstants.CONFIG_INIT_SECTION,
				null,
				ConfigConstants.CONFIG_KEY_DEFAULT_BRANCH);
		return configured == null || configured.isBlank() ? "main" : configured; //$NON-NLS-1$
	}

	/**
	 * Clones {@code source} (a URL, or the path of a repository folder) into the new or empty folder
	 * {@code folder}.
	 */
	public static ProgrammeRepository clone(String source, Path folder, CredentialsProvider credentials,
			IProgressMonitor monitor) throws TeamException {
		String uri = source;
		Path local = source.contains("://") || isScpLike(source) ? null : Path.of(source); //$NON-NLS-1$
		if (local != null && Files.isDirectory(local)) {
			uri = local.toAbsolutePath().toUri().toString();
		}
		JGitCredentials login = new JGitCredentials(credentials);
		try {
			CloneCommand clone = Git.cloneRepository().setURI(uri).setDirectory(folder.toFile())
					.setCredentialsProvider(login).setProgressMonitor(new MonitorAdapter(monitor));
			SshSessions.configure(clone);
			return new ProgrammeRepository(clone.call());
		} catch (GitAPIException e) {
			throw failure(monitor, NLS.bind(Messages.ProgrammeRepository_cannotClone, source), e, login);
		}
	}

	/**
	 * Makes {@code url} (a URL or a repository folder) the server this repository pulls from and
	 * pushes to, for the current branch: how a programme shared on one machine is published.
	 */
	public void setOrigin(String url) throws TeamException {
		Path local = url.contains("://") || isScpLike(url) ? null : Path.of(url); //$NON-NLS-1$
		String uri = local != null && Files.isDirectory(local) ? local.toAbsolutePath().toUri().toString() : url;
		try {
			StoredConfig config = git.getRepository().getConfig();
			String branch = git.getRepository().getBranch();
			config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, ConfigConstants.CONFIG_KEY_URL, uri);
			config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, "fetch", //$NON-NLS-1$
					"+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + ORIGIN + "/*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, ORIGIN);
			config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE,
					Constants.R_HEADS + branch);
			config.save();
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotSetServer, workTree(), e.getMessage()),
					e);
		}
	}

	/**
	 * Whether {@code address} is an SSH address in Git's short form, {@code [user@]host:path} (a URL
	 * has "://", a Windows path a one-letter drive): it is passed to JGit as it is, never taken for a
	 * folder.
	 */
	static boolean isScpLike(String address) {
		return !address.contains("://") && address.matches("([\\w.-]+@)?[\\w.-]{2,}:.*"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The merge for programme files changed on both sides: the model-aware {@link ModelMerger} unless
	 * set otherwise; with {@code null}, Git's line merge decides alone.
	 */
	public void setMerger(ProgrammeMerger merger) {
		this.merger = merger;
	}

	/** The folder with the checked-out files. */
	public Path workTree() {
		return git.getRepository().getWorkTree().toPath();
	}

	/**
	 * The versions of {@code file} that a merge (a {@code git pull} on the command line, say) left
	 * in conflict in the index, or {@code null} when the file is not in conflict.
	 */
	public ConflictVersions conflictVersions(Path file) throws TeamException {
		String path = pathOf(file);
		try {
			return ConflictVersions.of(git.getRepository(), path);
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotReadMergeState, path, e.getMessage()),
					e);
		}
	}

	/**
	 * The bytes of {@code file} as commit {@code commitId} (a full or abbreviated id) has it: what
	 * <i>Compare with This Commit</i> compares the open programme with. A file renamed since is found
	 * under its name of then.
	 *
	 * @throws TeamException when the commit is unknown or did not have the file
	 */
	public byte[] fileAt(String commitId, Path file) throws TeamException {
		String path = pathOf(file);
		Repository repository = git.getRepository();
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId id = commitId == null ? null : repository.resolve(commitId + "^{commit}"); //$NON-NLS-1$
			if (id == null) {
				throw new TeamException(NLS.bind(Messages.ProgrammeRepository_noCommit, commitId, workTree()));
			}
			RevCommit commit = walk.parseCommit(id);
			ObjectId blob = blob(commit, path);
			if (blob == null) {
				blob = renamedBlob(path, commit);
			}
			if (blob == null) {
				throw new TeamException(
						NLS.bind(Messages.ProgrammeRepository_notInCommit, path, commit.abbreviate(7).name()));
			}
			return repository.open(blob).getBytes();
		} catch (IOException | RevisionSyntaxException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotReadAt,
					new Object[] { path, commitId, e.getMessage() }), e);
		}
	}

	/** Whether the last commit has {@code file}: false before the first commit and for a file added since. */
	public boolean isCommitted(Path file) throws TeamException {
		String path = pathOf(file);
		Repository repository = git.getRepository();
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve(Constants.HEAD);
			return head != null && blob(walk.parseCommit(head), path) != null;
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotReadLastCommit, path, e.getMessage()),
					e);
		}
	}

	private ObjectId blob(RevCommit commit, String path) throws IOException {
		try (TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
			return tree == null ? null : tree.getObjectId(0);
		}
	}

	/** The file's content in {@code commit} under the name it had before a rename, or null. */
	private ObjectId renamedBlob(String path, RevCommit commit) throws IOException {
		for (ProgrammeVersions.Version version : ProgrammeVersions.of(git.getRepository(), path, null)) {
			if (version.commit().equals(commit)) {
				return version.blob();
			}
		}
		return null;
	}

	/** The JGit repository, for {@link ElementHistory} and tests. */
	public Repository repository() {
		return git.getRepository();
	}

	/** {@code file}'s path relative to the working tree, with forward slashes, as Git names it. */
	public String pathOf(Path file) throws TeamException {
		Path root = real(workTree());
		Path absolute = real(file);
		if (!absolute.startsWith(root)) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_outside, file, root));
		}
		return root.relativize(absolute).toString().replace(File.separatorChar, '/');
	}

	/** The path with symbolic links resolved where it exists (a temporary folder often is one), else as given. */
	private static Path real(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}

	/** Adds {@code file} (new or changed) to the next commit. */
	public void add(Path file) throws TeamException {
		String path = pathOf(file);
		try {
			git.add().addFilepattern(path).call();
		} catch (GitAPIException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotAdd, path, e.getMessage()), e);
		}
	}

	/**
	 * Writes {@link #MERGE_ATTRIBUTE} into the working tree's {@code .gitattributes}, and
	 * {@link #IGNORED} into its {@code .gitignore}, unless they are there.
	 */
	void addMergeAttribute() throws TeamException {
		Path attributes = workTree().resolve(Constants.DOT_GIT_ATTRIBUTES);
		Path ignore = workTree().resolve(Constants.DOT_GIT_IGNORE);
		ensureLines(attributes, List.of(MERGE_ATTRIBUTE));
		ensureLines(ignore, IGNORED);
		add(attributes);
		add(ignore);
	}

	private static void ensureLines(Path file, List<String> wanted) throws TeamException {
		try {
			List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
					: new ArrayList<>();
			boolean changed = false;
			for (String line : wanted) {
				if (lines.stream().noneMatch(existing -> existing.strip().equals(line))) {
					lines.add(line);
					changed = true;
				}
			}
			if (changed) {
				Files.write(file, lines, StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotWrite, file, e.getMessage()), e);
		}
	}

	/**
	 * Commits every change of the tracked files and whatever was added; returns the new commit's id.
	 * Refuses an empty message and a commit without changes.
	 */
	public String commit(String message, Author author) throws TeamException {
		if (message == null || message.isBlank()) {
			throw new TeamException(Messages.ProgrammeRepository_noMessage);
		}
		try {
			return git.commit().setAll(true).setAllowEmpty(false).setMessage(message)
					.setAuthor(author.name(), author.email()).setCommitter(author.name(), author.email())
					.call().getName();
		} catch (EmptyCommitException e) {
			throw new TeamException(Messages.ProgrammeRepository_nothingToCommit, e);
		} catch (GitAPIException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotCommit, e.getMessage()), e);
		}
	}

	/**
	 * Fetches from {@code origin} and merges its branch into the current one: a fast-forward when only
	 * the server moved, otherwise a merge committed as {@code author}. Every programme file changed on
	 * both sides goes to the {@link ProgrammeMerger}, when there is one, whether Git's line merge
	 * conflicted on it or not (as Git hands every such file to {@code jwp merge-driver}); when the
	 * merger or the line merge leaves conflicts, nothing is committed and the result names them.
	 */
	public PullResult pull(Author author, CredentialsProvider credentials, IProgressMonitor monitor)
			throws TeamException {
		Repository repository = git.getRepository();
		JGitCredentials login = new JGitCredentials(credentials);
		try {
			FetchCommand fetch = git.fetch().setRemote(ORIGIN).setCredentialsProvider(login)
					.setProgressMonitor(new MonitorAdapter(monitor));
			SshSessions.configure(fetch);
			fetch.call();
			String branch = repository.getBranch();
			Ref upstream = repository.exactRef(Constants.R_REMOTES + ORIGIN + '/' + branch);
			if (upstream == null) {
				return new PullResult(PullResult.Status.UP_TO_DATE, List.of()); // the server has no such branch yet
			}
			checkCanceled(monitor);
			MergeResult result = git.merge().include(upstream).setFastForward(FastForwardMode.FF).setCommit(false)
					.setMessage("Merge " + ORIGIN + '/' + branch + " into " + branch) //$NON-NLS-1$ //$NON-NLS-2$
					.call();
			return switch (result.getMergeStatus()) {
			case ALREADY_UP_TO_DATE -> new PullResult(PullResult.Status.UP_TO_DATE, List.of());
			case FAST_FORWARD -> new PullResult(PullResult.Status.FAST_FORWARD, List.of());
			case MERGED_NOT_COMMITTED, CONFLICTING -> mergeProgrammes(result, author);
			default -> throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotMerge, ORIGIN + '/' + branch,
					result.getMergeStatus() + failingPaths(result.getFailingPaths())));
			};
		} catch (GitAPIException e) {
			throw failure(monitor, NLS.bind(Messages.ProgrammeRepository_cannotPullFrom, ORIGIN), e, login);
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotPull, e.getMessage()), e);
		}
	}

	private PullResult commitMerge(Author author) throws GitAPIException {
		git.commit().setAuthor(author.name(), author.email()).setCommitter(author.name(), author.email()).call();
		return new PullResult(PullResult.Status.MERGED, List.of());
	}

	/**
	 * Hands the programmes changed on both sides to the merger and adds what it merged; commits when
	 * no file is left in conflict. Without a merger, Git's line merge decides alone.
	 */
	private PullResult mergeProgrammes(MergeResult result, Author author) throws GitAPIException, IOException {
		Map<String, List<String>> conflicts;
		if (merger == null) {
			conflicts = new TreeMap<>();
			if (result.getConflicts() != null) {
				result.getConflicts().keySet().forEach(path -> conflicts.put(path, List.of()));
			}
		} else {
			ProgrammeConflicts.Outcome outcome = new ProgrammeConflicts(git.getRepository(), merger).merge(result);
			for (String path : outcome.merged()) {
				git.add().addFilepattern(path).call();
			}
			conflicts = outcome.conflicts();
		}
		return conflicts.isEmpty() ? commitMerge(author) : PullResult.conflicts(conflicts);
	}

	private static String failingPaths(Map<String, ?> failing) {
		return failing == null || failing.isEmpty() ? "" //$NON-NLS-1$
				: NLS.bind(Messages.ProgrammeRepository_localChanges, String.join(", ", failing.keySet())); //$NON-NLS-1$
	}

	/**
	 * Pushes the current branch to {@code origin}. A rejection because the server has commits this
	 * repository lacks is {@link PushResult.Status#REJECTED_NON_FAST_FORWARD}: pull, then push again.
	 */
	public PushResult push(CredentialsProvider credentials, IProgressMonitor monitor) throws TeamException {
		JGitCredentials login = new JGitCredentials(credentials);
		try {
			String branch = git.getRepository().getFullBranch();
			PushCommand push = git.push().setRemote(ORIGIN).add(branch).setCredentialsProvider(login)
					.setProgressMonitor(new MonitorAdapter(monitor));
			SshSessions.configure(push);
			Iterable<org.eclipse.jgit.transport.PushResult> results = push.call();
			for (org.eclipse.jgit.transport.PushResult result : results) {
				RemoteRefUpdate update = result.getRemoteUpdate(branch);
				if (update != null) {
					return outcome(update);
				}
			}
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_noAnswer, branch));
		} catch (GitAPIException e) {
			throw failure(monitor, NLS.bind(Messages.ProgrammeRepository_cannotPushTo, ORIGIN), e, login);
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotPush, e.getMessage()), e);
		}
	}

	/**
	 * How often {@link #publish} pulls and pushes again when the server keeps moving, before it
	 * gives up: others pushing three times within one publish is a server too busy to chase.
	 */
	public static final int PUBLISH_PULLS = 3;

	/**
	 * Publishes the committed work: pushes; when the server has commits this repository lacks, pulls
	 * them (a merge committed as {@code author}, programmes merged by the model) and pushes again, up
	 * to {@link #PUBLISH_PULLS} times. When a pull leaves conflicts, stops without pushing: they are
	 * in the working tree and the result, for the caller to show. Commit first: uncommitted changes
	 * to files the server changed make the pull fail.
	 */
	public PublishResult publish(Author author, CredentialsProvider credentials, IProgressMonitor monitor)
			throws TeamException {
		SubMonitor progress = SubMonitor.convert(monitor, 1 + 2 * PUBLISH_PULLS);
		checkCanceled(monitor);
		PushResult push = push(credentials, progress.split(1));
		List<PullResult> pulls = new ArrayList<>();
		while (push.status() == PushResult.Status.REJECTED_NON_FAST_FORWARD && pulls.size() < PUBLISH_PULLS) {
			checkCanceled(monitor);
			PullResult pull = pull(author, credentials, progress.split(1));
			pulls.add(pull);
			if (pull.status() == PullResult.Status.CONFLICTS) {
				return new PublishResult(PublishResult.Status.CONFLICTS, push, pulls);
			}
			checkCanceled(monitor);
			push = push(credentials, progress.split(1));
		}
		PublishResult.Status status = switch (push.status()) {
		case PUSHED -> PublishResult.Status.PUBLISHED;
		case UP_TO_DATE -> PublishResult.Status.UP_TO_DATE;
		case REJECTED, REJECTED_NON_FAST_FORWARD -> PublishResult.Status.REJECTED;
		};
		return new PublishResult(status, push, pulls);
	}

	private static PushResult outcome(RemoteRefUpdate update) {
		String message = update.getMessage() == null ? "" : update.getMessage(); //$NON-NLS-1$
		PushResult.Status status = switch (update.getStatus()) {
		case OK -> PushResult.Status.PUSHED;
		case UP_TO_DATE -> PushResult.Status.UP_TO_DATE;
		case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> PushResult.Status.REJECTED_NON_FAST_FORWARD;
		default -> PushResult.Status.REJECTED;
		};
		if (message.isEmpty() && status == PushResult.Status.REJECTED) {
			message = update.getStatus().toString();
		}
		return new PushResult(status, message);
	}

	/** The commit the current branch points at, or {@code null} before the first commit. */
	public String head() throws TeamException {
		try {
			ObjectId head = git.getRepository().resolve(Constants.HEAD);
			return head == null ? null : head.getName();
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.ProgrammeRepository_cannotReadHead, e.getMessage()), e);
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/**
	 * A cancelled operation becomes {@link OperationCanceledException}; anything else a one-line
	 * {@link TeamException}, saying so when the server refused the login or wanted one and got none
	 * (JGit's own words are "not authorized" for both).
	 */
	private static TeamException failure(IProgressMonitor monitor, String what, GitAPIException e,
			JGitCredentials login) {
		if (e instanceof CanceledException || (monitor != null && monitor.isCanceled())) {
			throw new OperationCanceledException();
		}
		if (login.hostKeyRefused() != null) {
			return new TeamException(
					NLS.bind(Messages.ProgrammeRepository_hostKeyRefused, what, login.hostKeyRefused()), e);
		}
		if (login.passphraseWithheld()) {
			return new TeamException(NLS.bind(Messages.ProgrammeRepository_noPassphrase, what, login.passphraseKey()),
					e);
		}
		if (login.passphraseWrong() || (login.passphraseKey() != null && causedBy(e, InvalidKeyException.class))) {
			return new TeamException(
					NLS.bind(Messages.ProgrammeRepository_wrongPassphrase, what, login.passphraseKey()), e);
		}
		if (e instanceof TransportException && login.refusedBy() != null) {
			return new TeamException(NLS.bind(Messages.ProgrammeRepository_loginRefused, what, login.refusedBy()), e);
		}
		if (e instanceof TransportException && login.wantedBy() != null) {
			return new TeamException(NLS.bind(Messages.ProgrammeRepository_loginWanted, what, login.wantedBy()), e);
		}
		String reason = e instanceof TransportException ? Messages.ProgrammeRepository_connectionFailed : ""; //$NON-NLS-1$
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new TeamException(what + ": " + reason + message.replaceAll("\\s*\\R\\s*", " ").strip(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		git.getRepository().close();
		git.close();
	}
}
