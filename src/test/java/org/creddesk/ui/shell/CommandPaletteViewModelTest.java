package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.PaletteItem;
import org.junit.jupiter.api.Test;

/** The palette without a window: commands filter by text, found places come first, Enter runs the first line. */
class CommandPaletteViewModelTest {
    final List<String> ran = new ArrayList<>();
    final List<String> searchedFor = new ArrayList<>();
    final CommandPaletteViewModel vm = new CommandPaletteViewModel(new ImmediateTaskRunner(), Runnable::run,
            () -> List.of(new PaletteItem("New provider", "Ctrl+N", () -> ran.add("new")),
                    new PaletteItem("Load sample data", "", () -> ran.add("sample"))),
            text -> {
                searchedFor.add(text);
                return text.startsWith("187") ? List.of(new PaletteItem("Ashdown, Aisha, NP", "NPI 1874513835",
                        () -> ran.add("open Ashdown"))) : List.of();
            });

    @Test
    void anEmptyQueryListsTheCommandsWithoutSearching() {
        vm.reset();
        assertThat(vm.items()).extracting(PaletteItem::label).containsExactly("New provider", "Load sample data");
        assertThat(searchedFor).isEmpty();
    }

    @Test
    void anNpiFindsTheProviderAndEnterOpensIt() {
        vm.queryProperty().set("1874513835");
        assertThat(vm.items()).extracting(PaletteItem::label).containsExactly("Ashdown, Aisha, NP");
        assertThat(vm.run(null)).isTrue();
        assertThat(ran).containsExactly("open Ashdown");
    }

    @Test
    void partOfACommandNameFindsTheCommand() {
        vm.queryProperty().set("sample");
        assertThat(vm.items()).extracting(PaletteItem::label).containsExactly("Load sample data");
        vm.run(vm.items().get(0));
        assertThat(ran).containsExactly("sample");
    }
}
