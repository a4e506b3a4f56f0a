package org.answerable.campaign.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityNameMatcher;
import org.answerable.authority.AuthorityService;
import org.answerable.authority.Nation;
import org.springframework.data.domain.PageRequest;

/**
 * Chooses the authorities a campaign goes to: tick them in the directory (filtered by nation, type
 * and region) or paste a list of names or codes; names that match nothing, or more than one body,
 * are listed so the user can fix them.
 */
class AuthorityChooser extends Composite<VerticalLayout> {

    private final AuthorityService authorities;
    private final List<Authority> directory;
    private final Map<Long, Authority> directoryById = new LinkedHashMap<>();
    private boolean syncing;
    private final Map<Long, Authority> chosen = new LinkedHashMap<>();
    final Grid<Authority> directoryGrid = new Grid<>();
    final Select<Nation> nation = new Select<>();
    final Select<String> type = new Select<>();
    final Select<String> region = new Select<>();
    final TextField search = new TextField();
    final TextArea pasted = new TextArea("One name or code per line");
    final Span pasteResult = new Span();
    final Span summary = new Span();
    private final Span error = new Span();

    AuthorityChooser(AuthorityService authorities) {
        this.authorities = authorities;
        this.directory = authorities.search("", PageRequest.of(0, 5000)).getContent();
        directory.forEach(a -> directoryById.put(a.getId(), a));
        Details paste = new Details("Or paste a list of names or codes", pasteTab());
        paste.setOpened(true);
        summary.setId("chosen-summary");
        error.addClassName("field-error");
        error.setVisible(false);
        getContent().setPadding(false);
        getContent().add(directoryTab(), paste, summary, error);
        updateSummary();
    }

    List<Authority> getChosen() {
        return List.copyOf(chosen.values());
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private VerticalLayout directoryTab() {
        nation.setLabel("Nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(n -> n == null ? "Any nation" : n.displayName());
        nation.setEmptySelectionAllowed(true);
        type.setLabel("Type");
        type.setItems(distinct(Authority::getAuthorityType));
        type.setEmptySelectionAllowed(true);
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t);
        region.setLabel("Region");
        region.setItems(distinct(Authority::getRegion));
        region.setEmptySelectionAllowed(true);
        region.setItemLabelGenerator(r -> r == null ? "Any region" : r);
        search.setLabel("Name");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        nation.addValueChangeListener(e -> filter());
        type.addValueChangeListener(e -> filter());
        region.addValueChangeListener(e -> filter());
        search.addValueChangeListener(e -> filter());

        directoryGrid.addColumn(Authority::getOfficialName).setHeader("Authority").setFlexGrow(3);
        directoryGrid.addColumn(Authority::getAuthorityType).setHeader("Type").setFlexGrow(2);
        directoryGrid.addColumn(Authority::getRegion).setHeader("Region").setFlexGrow(1);
        directoryGrid.setSelectionMode(Grid.SelectionMode.MULTI);
        directoryGrid.setHeight("320px");
        directoryGrid.setId("directory");
        directoryGrid.asMultiSelect().addSelectionListener(e -> {
            if (syncing) {
                return;
            }
            e.getRemovedSelection().forEach(a -> chosen.remove(a.getId()));
            e.getAddedSelection().forEach(a -> chosen.putIfAbsent(a.getId(), a));
            updateSummary();
        });
        filter();
        HorizontalLayout filters = new HorizontalLayout(search, nation, type, region);
        filters.setWrap(true);
        VerticalLayout tab = new VerticalLayout(filters, directoryGrid);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout pasteTab() {
        pasted.setWidthFull();
        pasted.setMinHeight("8em");
        pasted.setPlaceholder("Leicester\nCoventry City Council\nBIR");
        pasteResult.setId("paste-result");
        Button add = new Button("Add these", e -> addPasted());
        add.setId("add-pasted");
        VerticalLayout tab = new VerticalLayout(pasted, add, pasteResult);
        tab.setPadding(false);
        return tab;
    }

    void addPasted() {
        List<AuthorityNameMatcher.Match> matches = authorities.resolve(pasted.getValue().lines().toList());
        List<String> problems = new ArrayList<>();
        int added = 0;
        for (AuthorityNameMatcher.Match match : matches) {
            if (match.isUnique()) {
                added += chosen.putIfAbsent(match.authority().getId(), match.authority()) == null ? 1 : 0;
            } else if (match.isAmbiguous()) {
                problems.add("\"" + match.typed() + "\" fits " + match.candidates().size() + " authorities: "
                        + String.join(", ", match.candidates().stream().map(Authority::getOfficialName).toList()));
            } else {
                problems.add("\"" + match.typed() + "\" is not in the directory");
            }
        }
        pasted.setValue(String.join("\n", matches.stream().filter(m -> !m.isUnique()).map(AuthorityNameMatcher.Match::typed).toList()));
        pasteResult.setText("Added " + added + ". " + (problems.isEmpty() ? "Every name matched."
                : "Not added (fix them above and try again): " + String.join("; ", problems)));
        showChosenInGrid();
        updateSummary();
    }

    private void filter() {
        String needle = Authority.nameKey(search.getValue() == null ? "" : search.getValue());
        List<Authority> shown = directory.stream()
                .filter(a -> nation.getValue() == null || nation.getValue() == a.getNation())
                .filter(a -> type.getValue() == null || type.getValue().equals(a.getAuthorityType()))
                .filter(a -> region.getValue() == null || region.getValue().equals(a.getRegion()))
                .filter(a -> needle.isEmpty() || Authority.nameKey(a.getOfficialName()).contains(needle))
                .toList();
        syncing = true;
        try {
            directoryGrid.setItems(shown);
        } finally {
            syncing = false;
        }
        showChosenInGrid();
    }

    /** Ticks the chosen rows again after filtering or pasting, without counting that as the user's choice. */
    private void showChosenInGrid() {
        syncing = true;
        try {
            directoryGrid.asMultiSelect().setValue(chosen.keySet().stream().map(directoryById::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
        } finally {
            syncing = false;
        }
    }

    private void updateSummary() {
        error.setVisible(false);
        summary.setText(chosen.isEmpty() ? "No authorities chosen yet."
                : chosen.size() + " chosen: " + String.join(", ", chosen.values().stream().map(Authority::displayName).toList()));
    }

    private List<String> distinct(Function<Authority, String> field) {
        return directory.stream().map(field).filter(Objects::nonNull).distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
