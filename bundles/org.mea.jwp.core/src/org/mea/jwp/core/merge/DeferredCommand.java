package org.mea.jwp.core.merge;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * A resolution inside the one "Merge" command, made when its turn comes rather than when the
 * compound is built: two resolutions on the same list then each see the list as the one before
 * left it. Whether it can execute is judged from a command made up front.
 */
final class DeferredCommand extends AbstractCommand {

	private final Supplier<Command> factory;
	private Command command;
	private boolean executed;

	DeferredCommand(String label, Supplier<Command> factory) {
		super(label);
		this.factory = factory;
	}

	@Override
	protected boolean prepare() {
		return factory.get().canExecute();
	}

	@Override
	public void execute() {
		command = factory.get();
		executed = command.canExecute();
		if (executed) {
			command.execute();
		}
	}

	@Override
	public void undo() {
		if (executed) {
			command.undo();
		}
	}

	@Override
	public void redo() {
		if (executed) {
			command.redo();
		}
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return command == null ? List.of() : command.getAffectedObjects();
	}
}
