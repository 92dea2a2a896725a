package org.creddesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.creddesk.app.AppContext;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.provider.NotFoundException;
import org.creddesk.workflow.ChecklistTemplateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk checklist templates} and {@code checklist template new|rename|retire|restore}: the checklist
 * templates as data. A broken rule (a name taken, a payer on a template of another kind) exits 4.
 */
final class ChecklistTemplateCommand {
    private ChecklistTemplateCommand() {
    }

    /** Runs a service call, turning a refused rule into exit code 4 with the service's sentence. */
    static <T> T refusable(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.REFUSED, e.getMessage());
        }
    }

    static WorkflowKind kind(String text) {
        try {
            return WorkflowKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, "'" + text + "' is not a template kind; kinds: "
                    + List.of(WorkflowKind.values()).stream().map(ChecklistTemplateCommand::kindText).toList());
        }
    }

    static String kindText(WorkflowKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ChecklistTemplate live(AppContext app, String code) {
        return app.checklistTemplates().byCode(code).orElseThrow(() -> new NotFoundException(
                "No checklist template '" + code + "'; templates: " + app.checklistTemplates().templates().stream()
                        .map(ChecklistTemplate::code).toList()));
    }

    static Map<String, Object> json(AppContext app, ChecklistTemplate t, boolean retired) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.code());
        m.put("name", t.name());
        m.put("kind", kindText(t.kind()));
        m.put("payer", app.checklistTemplates().payer(t.payerId()).map(Payer::name).orElse(null));
        m.put("itemCount", t.items().size());
        m.put("retired", retired);
        return m;
    }

    @Command(name = "templates", description = "The checklist templates: code, name, kind, payer, number of items.")
    static final class ListTemplates implements Runnable {
        @ParentCommand
        CredentialingCommand.ChecklistCommand parent;
        @Option(names = "--json", description = "JSON array (the default output too)")
        boolean json;
        @Option(names = "--all", description = "Also the retired templates")
        boolean all;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            List<Map<String, Object>> rows = new java.util.ArrayList<>(app.checklistTemplates().templates().stream()
                    .map(t -> json(app, t, false)).toList());
            if (all) {
                app.checklistTemplates().retired().forEach(t -> rows.add(json(app, t, true)));
            }
            parent.root.out().println(Json.write(rows));
        }
    }

    @Command(name = "template", description = "Make, rename, retire or restore a checklist template.",
            subcommands = {NewTemplate.class, Rename.class, Retire.class, Restore.class})
    static final class TemplateCommand {
        @ParentCommand
        CredentialingCommand.ChecklistCommand parent;

        AppContext app() {
            return parent.root.context();
        }

        void print(ChecklistTemplate t, boolean retired) {
            parent.root.out().println(Json.write(json(app(), t, retired)));
        }
    }

    @Command(name = "new", description = "Make a template, empty or as a copy of another; a payer's own for "
            + "payer enrollment.")
    static final class NewTemplate implements Runnable {
        @ParentCommand
        TemplateCommand parent;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--kind", required = true, description = "initial-credentialing, recredentialing, "
                + "payer-enrollment, hospital-privileges")
        String kind;
        @Option(names = "--payer", paramLabel = "NAME", description = "The payer whose own enrollment template it is")
        String payer;
        @Option(names = "--copy-from", paramLabel = "CODE", description = "Start with this template's items")
        String copyFrom;

        @Override
        public void run() {
            AppContext app = parent.app();
            WorkflowKind k = kind(kind);
            String payerId = payer == null ? null : app.enrollments().payerNamed(payer).id();
            String copyId = copyFrom == null ? null : live(app, copyFrom).id();
            ChecklistTemplate made = refusable(() -> app.checklistTemplates().create(
                    new ChecklistTemplateService.NewTemplate(name, k, payerId, copyId), app.manualChange()));
            parent.print(made, false);
        }
    }

    @Command(name = "rename", description = "Give a template another name; its code stays.")
    static final class Rename implements Runnable {
        @ParentCommand
        TemplateCommand parent;
        @Parameters(index = "0", paramLabel = "CODE")
        String code;
        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String name;

        @Override
        public void run() {
            AppContext app = parent.app();
            ChecklistTemplate t = live(app, code);
            parent.print(refusable(() -> app.checklistTemplates().rename(t.id(), name, app.manualChange())), false);
        }
    }

    @Command(name = "retire", description = "Retire a template: no new checklist starts from it; running ones keep "
            + "their items; `restore` brings it back.")
    static final class Retire implements Runnable {
        @ParentCommand
        TemplateCommand parent;
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public void run() {
            AppContext app = parent.app();
            ChecklistTemplate t = live(app, code);
            parent.print(app.checklistTemplates().retire(t.id(), app.manualChange()), true);
        }
    }

    @Command(name = "restore", description = "Bring a retired template back with its items.")
    static final class Restore implements Runnable {
        @ParentCommand
        TemplateCommand parent;
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public void run() {
            AppContext app = parent.app();
            ChecklistTemplate t = app.checklistTemplates().retiredByCode(code).orElseThrow(() ->
                    new NotFoundException("No retired checklist template '" + code + "'"));
            parent.print(refusable(() -> app.checklistTemplates().restore(t.id(), app.manualChange())), false);
        }
    }
}
