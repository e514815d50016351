package org.mea.jwp.model.edit.providers;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.provider.BaselineEntryItemProvider;
import org.mea.jwp.model.provider.BaselineItemProvider;
import org.mea.jwp.model.provider.ReportingCycleItemProvider;

/**
 * Keeps recorded baselines as they were recorded. Every editing command of the tree, the
 * properties, copy/paste, drag and drop and delete is made by an item provider; the providers here
 * refuse those that would change a baseline, its entries, or take a baseline (or a cycle that holds
 * one) out of the programme. Only the record-baseline command itself, and its undo, change them.
 */
final class FrozenBaselines {

	private FrozenBaselines() {
	}

	/** Whether commands of this class change the object they are made for. */
	static boolean isEdit(Class<? extends Command> commandClass) {
		return commandClass == SetCommand.class || commandClass == AddCommand.class
				|| commandClass == RemoveCommand.class || commandClass == MoveCommand.class
				|| commandClass == ReplaceCommand.class || commandClass == CreateChildCommand.class;
	}

	/** Whether {@code objects} hold a recorded baseline, directly or inside a cycle. */
	static boolean holdsBaseline(Collection<?> objects) {
		return objects != null && objects.stream().anyMatch(
				o -> o instanceof Baseline || o instanceof ReportingCycle cycle && cycle.getBaseline() != null);
	}

	/** A baseline: none of its features can be edited. */
	static final class BaselineProvider extends BaselineItemProvider {
		BaselineProvider(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
				CommandParameter commandParameter) {
			return isEdit(commandClass) ? UnexecutableCommand.INSTANCE
					: super.createCommand(object, domain, commandClass, commandParameter);
		}

		@Override
		public String getText(Object object) {
			Baseline baseline = (Baseline) object;
			return NLS.bind(Messages.FrozenBaselines_baseline, baseline.getDate(), baseline.getEntries().size());
		}
	}

	/** An entry of a baseline: none of its features can be edited. */
	static final class EntryProvider extends BaselineEntryItemProvider {
		EntryProvider(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
				CommandParameter commandParameter) {
			return isEdit(commandClass) ? UnexecutableCommand.INSTANCE
					: super.createCommand(object, domain, commandClass, commandParameter);
		}
	}

	/** A cycle: its narrative stays editable, its recorded baseline cannot be replaced or removed. */
	static class CycleProvider extends ReportingCycleItemProvider {
		CycleProvider(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
				CommandParameter commandParameter) {
			ReportingCycle cycle = (ReportingCycle) object;
			boolean touchesBaseline = commandParameter
					.getFeature() == org.mea.jwp.model.JwpPackage.Literals.REPORTING_CYCLE__BASELINE
					|| holdsBaseline(commandParameter.getCollection());
			if (cycle.getBaseline() != null && isEdit(commandClass) && touchesBaseline) {
				return UnexecutableCommand.INSTANCE;
			}
			return super.createCommand(object, domain, commandClass, commandParameter);
		}

		@Override
		public String getText(Object object) {
			ReportingCycle cycle = (ReportingCycle) object;
			String meeting = cycle.getMeeting() == null ? null : cycle.getMeeting().symbol();
			String symbol = cycle.getDocumentSymbol();
			StringBuilder text = new StringBuilder(
					meeting == null ? cycle.getId() == null ? Messages.FrozenBaselines_cycle : cycle.getId() : meeting);
			if (symbol != null && !symbol.isBlank()) {
				text.append(" \u2013 ").append(symbol); //$NON-NLS-1$
			}
			if (cycle.getBaseline() != null) {
				text.append(' ').append(Messages.FrozenBaselines_baselineRecorded);
			}
			return text.toString();
		}
	}
}
