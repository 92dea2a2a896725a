package org.creddesk.ui.adequacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.adequacy.AdequacyReport;
import org.creddesk.adequacy.AdequacyService;
import org.creddesk.adequacy.StandardsCsv;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.adequacy.AdequacyResult;
import org.creddesk.domain.adequacy.AdequacyStandard;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * The Adequacy screen: a members file, the standards table edited in place (saved through the change log when it
 * changed), an optional payer; Run works in the background (progress and cancel in the status bar and here), then
 * the groups, the selected group's counties and the map of those counties and their neighbours.
 */
public final class AdequacyViewModel {
    private final AdequacyService service;
    private final AdequacyReport reports;
    private final ChangeContext changes;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty membersFile = new SimpleStringProperty("");
    private final StringProperty payer = new SimpleStringProperty("");
    private final ObservableList<String> payers = FXCollections.observableArrayList();
    private final ObservableList<StandardRow> standards = FXCollections.observableArrayList();
    private final ObservableList<ResultLine> groups = FXCollections.observableArrayList();
    private final ObservableList<ResultLine> counties = FXCollections.observableArrayList();
    private final ObservableList<MapCounty> map = FXCollections.observableArrayList();
    private final ObjectProperty<ResultLine> selectedGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<AdequacyService.Run> lastRun = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StandardRow.ColumnNames columns;
    private String savedTable = "";

    public AdequacyViewModel(AdequacyService service, AdequacyReport reports, ChangeContext changes, TaskRunner tasks,
                             Messages messages) {
        this.service = service;
        this.reports = reports;
        this.changes = changes;
        this.tasks = tasks;
        this.messages = messages;
        columns = new StandardRow.ColumnNames(messages.text("adequacy.col.group"), messages.text("adequacy.col.prefixes"),
                messages.text("adequacy.col.maxMiles"), messages.text("adequacy.col.maxMinutes"),
                messages.text("adequacy.col.minPer1000"), messages.text("adequacy.col.minShare"));
        selectedGroup.addListener((o, was, now) -> showGroup(now));
    }

    /** Reads the payers and the standards table (the saved one, else the CMS default). */
    public void load() {
        tasks.run(p -> new Loaded(service.payerNames(), service.standards()), loaded -> {
            payers.setAll(loaded.payers());
            if (standards.isEmpty()) {
                setTable(loaded.standards());
            }
        }, failure -> error.set(HumanMessage.of(failure)));
    }

    private record Loaded(List<String> payers, List<AdequacyStandard> standards) {
    }

    private void setTable(List<AdequacyStandard> table) {
        standards.setAll(table.stream().map(StandardRow::of).toList());
        savedTable = StandardsCsv.write(table);
    }

    public void resetToDefault() {
        standards.setAll(StandardsCsv.shippedDefault().stream().map(StandardRow::of).toList());
    }

    public StandardRow addRow() {
        StandardRow r = new StandardRow();
        standards.add(r);
        return r;
    }

    public void removeRow(StandardRow row) {
        standards.remove(row);
    }

    /** The table as standards, or null with the problem said (row, column, value). */
    private List<AdequacyStandard> checkedTable() {
        List<AdequacyStandard> table = new ArrayList<>();
        try {
            for (int i = 0; i < standards.size(); i++) {
                table.add(standards.get(i).toStandard(i + 1, columns));
            }
        } catch (StandardRow.RowProblem p) {
            error.set(messages.text("adequacy.error.cell", p.row, p.column, p.value));
            return null;
        }
        if (table.isEmpty()) {
            error.set(messages.text("adequacy.error.noStandards"));
            return null;
        }
        return table;
    }

    /** Ctrl+S: saves the standards table when it changed; false when it did not or a cell is wrong. */
    public boolean save() {
        List<AdequacyStandard> table = checkedTable();
        if (table == null || StandardsCsv.write(table).equals(savedTable)) {
            return false;
        }
        String text = StandardsCsv.write(table);
        tasks.run(p -> {
            service.saveStandards(table, changes);
            return text;
        }, saved -> {
            savedTable = saved;
            message.set(messages.text("adequacy.saved", table.size()));
        }, failure -> error.set(HumanMessage.of(failure)));
        return true;
    }

    public void run() {
        error.set("");
        String file = membersFile.get() == null ? "" : membersFile.get().strip();
        if (file.isEmpty()) {
            error.set(messages.text("adequacy.error.noMembers"));
            return;
        }
        Path members = Path.of(file);
        List<AdequacyStandard> table = checkedTable();
        if (table == null) {
            return;
        }
        boolean changed = !StandardsCsv.write(table).equals(savedTable);
        String payerName = payer.get();
        busy.set(true);
        message.set("");
        tasks.runVisible(messages.text("adequacy.running"), p -> {
            if (changed) {
                service.saveStandards(table, changes);
            }
            if (!Files.isRegularFile(members)) {
                throw new IllegalArgumentException(messages.text("adequacy.error.noFile", members.toString()));
            }
            try {
                AdequacyService.Run run = service.run(members, table, payerName, p);
                return new Done(run, mapOf(run.result(), service.geography()));
            } catch (Progress.CancelledException e) {
                return null;
            }
        }, done -> {
            busy.set(false);
            if (changed) {
                savedTable = StandardsCsv.write(table);
            }
            if (done == null) {
                message.set(messages.text("adequacy.cancelled"));
                return;
            }
            show(done);
        }, failure -> {
            busy.set(false);
            error.set(HumanMessage.of(failure));
        });
    }

    private record Done(AdequacyService.Run run, Map<String, List<MapCounty>> maps) {
    }

    private Map<String, List<MapCounty>> mapsByGroup = Map.of();

    private void show(Done done) {
        lastRun.set(done.run());
        mapsByGroup = done.maps();
        AdequacyResult r = done.run().result();
        groups.setAll(r.groups().stream().map(g -> new ResultLine(g.specialtyGroup(), "", g.figures(), g)).toList());
        long passing = r.groups().stream().filter(g -> g.figures().pass()).count();
        message.set(messages.text("adequacy.done", r.groups().size(), passing, r.zipsWithMembers(), r.providerSites(),
                r.unplacedProviderZips().size()));
        ResultLine first = groups.stream().filter(g -> !g.figures().pass()).findFirst()
                .orElse(groups.isEmpty() ? null : groups.get(0));
        selectedGroup.set(first);
    }

    private void showGroup(ResultLine line) {
        if (line == null) {
            counties.clear();
            map.clear();
            return;
        }
        counties.setAll(line.group().counties().stream().map(c -> new ResultLine(c.county().label(), c.county().fips(),
                c.figures(), line.group())).toList());
        map.setAll(mapsByGroup.getOrDefault(line.name(), List.of()));
    }

    /** Per group, the counties with members coloured pass/fail and their neighbours grey (built off the FX thread). */
    static Map<String, List<MapCounty>> mapOf(AdequacyResult r, Geography geography) {
        Map<String, List<MapCounty>> maps = new HashMap<>();
        for (AdequacyResult.GroupResult g : r.groups()) {
            Map<String, MapCounty.State> states = new HashMap<>();
            g.counties().forEach(c -> states.put(c.county().fips(), c.figures().pass() ? MapCounty.State.PASS
                    : MapCounty.State.FAIL));
            Set<String> shown = geography.withNeighbours(states.keySet());
            List<MapCounty> list = new ArrayList<>();
            for (String fips : shown) {
                geography.shape(fips).ifPresent(s -> list.add(new MapCounty(fips, geography.county(fips)
                        .map(c -> c.label()).orElse(fips), s, states.getOrDefault(fips, MapCounty.State.NEIGHBOUR))));
            }
            maps.put(g.specialtyGroup(), list);
        }
        return maps;
    }

    /** The palette and menu label of Run. */
    public String runLabel() {
        return messages.text("adequacy.run");
    }

    public void cancel() {
        tasks.status().cancel();
    }

    /** Writes the last run as .xlsx or .pdf (by the chosen file's name). */
    public void export(Path file) {
        AdequacyService.Run run = lastRun.get();
        if (run == null) {
            return;
        }
        busy.set(true);
        tasks.runVisible(messages.text("adequacy.exporting", file.getFileName().toString()), p -> {
            reports.write(run, file);
            return file;
        }, written -> {
            busy.set(false);
            message.set(messages.text("adequacy.exported", written.getFileName().toString()));
        }, failure -> {
            busy.set(false);
            error.set(HumanMessage.of(failure));
        });
    }

    /** "adequacy-<members file>.xlsx" for the save dialog. */
    public String suggestedName(String extension) {
        AdequacyService.Run run = lastRun.get();
        String base = run == null ? "members" : run.membersFile().replaceAll("\\.[A-Za-z]+$", "");
        return "adequacy-" + base + extension;
    }

    public StringProperty membersFileProperty() {
        return membersFile;
    }

    public StringProperty payerProperty() {
        return payer;
    }

    public ObservableList<String> payers() {
        return payers;
    }

    public ObservableList<StandardRow> standards() {
        return standards;
    }

    public ObservableList<ResultLine> groups() {
        return groups;
    }

    public ObservableList<ResultLine> counties() {
        return counties;
    }

    public ObservableList<MapCounty> map() {
        return map;
    }

    public ObjectProperty<ResultLine> selectedGroupProperty() {
        return selectedGroup;
    }

    public ObjectProperty<AdequacyService.Run> lastRunProperty() {
        return lastRun;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
