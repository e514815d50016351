package org.mea.jwp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.mea.jwp.core.merge.Conflict;
import org.mea.jwp.core.merge.MergeResult;
import org.mea.jwp.core.merge.ProgrammeMerge;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.persistence.SiblingFiles;
import org.mea.jwp.model.Programme;

/**
 * {@code jwp merge-driver BASE OURS THEIRS PATH}: Git's merge driver for programme files, so that
 * people who share a programme with plain {@code git pull} get the model-aware merge of
 * {@link ProgrammeMerge} instead of conflicting XML lines. Git calls it with the common ancestor
 * ({@code %O}), our version ({@code %A}, where the result must go), theirs ({@code %B}) and the
 * file's path in the work tree ({@code %P}). When conflicts remain, {@code %A} holds our side of
 * each, {@code PATH.conflicts.json} lists them (the workbench opens it), and the exit code tells Git
 * that the file is conflicted.
 */
public final class MergeDriverCommand {

	/**
	 * Exit code when conflicts remain; Git takes any code but 0 ({@link ExitCodes#OK}, merged) as
	 * "conflicted". The others are {@link ExitCodes}.
	 */
	public static final int CONFLICTS = 1;

	/** What is appended to the file's path to name its conflict file. */
	public static final String CONFLICTS_SUFFIX = ".conflicts.json"; //$NON-NLS-1$

	static final String USAGE_TEXT = """
			Usage: jwp merge-driver BASE OURS THEIRS PATH

			Git's merge driver for programme files. In the repository:
			  .gitattributes:  *.jwp merge=jwp
			  git config merge.jwp.name "JWP Workbench model merge"
			  git config merge.jwp.driver "jwp merge-driver %O %A %B %P"
			Merges THEIRS into OURS element by element, BASE being their common ancestor, and writes the
			result to OURS. Changes to different elements or features merge silently; the same feature
			changed to different values, an element deleted on one side and edited on the other, and the
			like are conflicts: OURS then keeps our side of each, PATH.conflicts.json lists them with both
			values, and the file stays conflicted for Git until they are resolved (in the workbench's
			Merge Conflicts view, or by hand).
			Exit codes: 0 merged, 1 conflicts remain, 2 wrong arguments, 3 a version cannot be read,
			5 the result cannot be written,
			""" + ExitCodes.INTERNAL_ERROR_TEXT; //$NON-NLS-1$

	private final PrintStream err;
	private final CommandLine line;

	public MergeDriverCommand(PrintStream out, PrintStream err) {
		this.err = err;
		this.line = new CommandLine("merge-driver", USAGE_TEXT, out, err) //$NON-NLS-1$
				.operands(4, "takes four arguments, BASE OURS THEIRS PATH (Git's %O %A %B %P)"); //$NON-NLS-1$
	}

	/** Runs the command; returns the exit code. */
	public int run(List<String> args) {
		return line.run(args, arguments -> merge(arguments.operands()));
	}

	private int merge(List<String> args) {
		Path oursFile = WorkingDirectory.resolve(args.get(1));
		String path = args.get(3);
		Programme base;
		Programme ours;
		Programme theirs;
		try {
			base = baseOf(WorkingDirectory.resolve(args.get(0)));
			ours = ProgrammeStore.programme(new ProgrammeStore().load(oursFile));
			theirs = ProgrammeStore.programme(new ProgrammeStore().load(WorkingDirectory.resolve(args.get(2))));
		} catch (ProgrammeFileException e) {
			return line.fail(ExitCodes.BAD_MODEL, path + ": a version cannot be read: " + e.getMessage()); //$NON-NLS-1$
		}
		MergeResult result = ProgrammeMerge.merge(base, ours, theirs);
		Path conflictFile = WorkingDirectory.resolve(path + CONFLICTS_SUFFIX);
		try {
			Resource merged = result.getProgramme().eResource();
			// no backup: %A is Git's temporary copy, and Git keeps every version itself
			SiblingFiles.replace(oursFile, stream -> merged.save(stream, null));
			if (result.isClean()) {
				Files.deleteIfExists(conflictFile); // one left by an earlier merge is no longer true
			} else {
				byte[] json = result.toJson().getBytes(StandardCharsets.UTF_8);
				SiblingFiles.replace(conflictFile, stream -> stream.write(json));
			}
		} catch (IOException e) {
			return line.fail(ExitCodes.CANNOT_WRITE, path + ": the merge cannot be written: " + e.getMessage()); //$NON-NLS-1$
		}
		if (result.isClean()) {
			line.done(path + ": merged element by element, no conflicts"); //$NON-NLS-1$
			return ExitCodes.OK;
		}
		List<Conflict> conflicts = result.getConflicts();
		line.warn(path + ": " + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "; the file keeps our side of each; listed in " + conflictFile); //$NON-NLS-1$
		for (Conflict conflict : conflicts) {
			err.println("  " + conflict.describe()); //$NON-NLS-1$
		}
		return CONFLICTS;
	}

	/**
	 * The common ancestor; Git passes an empty file when the two sides added the file independently,
	 * and the merge then takes everything as added on both sides.
	 */
	private static Programme baseOf(Path file) throws ProgrammeFileException {
		try {
			if (Files.isRegularFile(file) && Files.size(file) == 0) {
				return null;
			}
		} catch (IOException e) {
			throw new ProgrammeFileException(file, 0, 0, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return ProgrammeStore.programme(new ProgrammeStore().load(file));
	}
}
