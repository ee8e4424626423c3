package io.busbar.bulk.internal;

import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkItemFailure;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.CommandException;
import io.busbar.commands.CommandFailure;
import io.busbar.commands.CommandTypes;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.OperatorCommands;
import io.busbar.devicemodel.DriftChecks;
import io.busbar.devicemodel.DriftReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Does a job's action to one charger and reads what came of it; never throws. */
@Component
class ItemExecutor {
    private static final Logger log = LoggerFactory.getLogger(ItemExecutor.class);
    private final OperatorCommands commands;
    private final CommandTypes types;
    private final ObjectProvider<DriftChecks> driftChecks;

    ItemExecutor(OperatorCommands commands, CommandTypes types, ObjectProvider<DriftChecks> driftChecks) {
        this.commands = commands;
        this.types = types;
        this.driftChecks = driftChecks;
    }

    ItemOutcome run(JobPlan plan, ChargerIdentity charger) {
        try {
            return switch (plan.action()) {
                case BulkAction.RunCommand command -> command(plan, charger, command);
                case BulkAction.CheckTemplate check -> templateCheck(plan, charger, check);
            };
        } catch (AuditedCommandException e) {
            return ItemOutcome.failed(failure(e.failure()), e.getMessage(), e.commandId());
        } catch (CommandException e) {
            return ItemOutcome.failed(failure(e.failure()), e.getMessage(), null);
        } catch (InvalidCommandException e) {
            return ItemOutcome.failed(BulkItemFailure.INVALID, e.getMessage(), null);
        } catch (ChargerNotFoundException e) {
            return ItemOutcome.failed(BulkItemFailure.ERROR, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.warn("Bulk job {}: {} failed unexpectedly", plan.id(), charger, e);
            return ItemOutcome.failed(BulkItemFailure.ERROR, e.toString(), null);
        }
    }

    private ItemOutcome command(JobPlan plan, ChargerIdentity charger, BulkAction.RunCommand command) {
        Audited<?> audited = commands.execute(plan.actor(), charger, types.decode(command.command(), command.arguments()));
        Map<String, Object> answer = audited.outcome().answer();
        return ItemOutcome.answered(answer.get("status") instanceof String status ? status : null, audited.id(), answer);
    }

    private ItemOutcome templateCheck(JobPlan plan, ChargerIdentity charger, BulkAction.CheckTemplate check) {
        DriftChecks checks = driftChecks.getIfAvailable();
        if (checks == null) {
            return ItemOutcome.failed(BulkItemFailure.NOT_SUPPORTED, "This Busbar has no configuration templates", null);
        }
        DriftReport report = checks.check(plan.actor(), charger, check.correct());
        long corrected = report.drifts().stream()
                .filter(d -> d.correction() != null && d.correction().corrected()).count();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("template", report.template());
        summary.put("drifts", report.drifts().size());
        summary.put("corrected", corrected);
        summary.put("rebootRequired", report.drifts().stream()
                .anyMatch(d -> d.correction() != null && d.correction().rebootRequired()));
        summary.put("settings", report.drifts().stream().map(DriftReport.Drift::setting).toList());
        if (report.template() == null) {
            return ItemOutcome.checked("NoTemplate", true, summary);
        }
        if (report.drifts().isEmpty()) {
            return ItemOutcome.checked("InSync", true, summary);
        }
        return report.inSync() ? ItemOutcome.checked("Corrected", true, summary)
                : ItemOutcome.checked("Drifted", false, summary);
    }

    private static BulkItemFailure failure(CommandFailure failure) {
        return switch (failure) {
            case OFFLINE -> BulkItemFailure.OFFLINE;
            case TIMEOUT -> BulkItemFailure.TIMEOUT;
            case CALL_ERROR -> BulkItemFailure.CALL_ERROR;
            case NOT_SUPPORTED -> BulkItemFailure.NOT_SUPPORTED;
        };
    }
}
