package org.answerable.deadline.holidays.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.answerable.account.Roles;
import org.answerable.authority.Regime;
import org.answerable.deadline.holidays.HolidayService;
import org.answerable.deadline.holidays.StoredBankHoliday;
import org.answerable.deadline.DateText;

/**
 * The bank holidays every deadline is counted with. GOV.UK has carried wrong dates before and
 * proclamations add new ones (FOI_RULES §6), so admins can correct, add and import them.
 */
@Route("admin/holidays")
@PageTitle("Bank holidays · Answerable")
@Menu(order = 80, title = "Bank holidays")
@RolesAllowed(Roles.ADMIN)
class BankHolidaysView extends Main {

    private final HolidayService holidays;
    final Paragraph coverage = new Paragraph();
    final Paragraph warning = new Paragraph();
    final Select<Integer> year = new Select<>();
    final Button add = new Button("Add holiday");
    final Upload importFile;
    final Grid<StoredBankHoliday> grid = new Grid<>();
    private List<StoredBankHoliday> stored = List.of();

    BankHolidaysView(HolidayService holidays) {
        this.holidays = holidays;
        this.importFile = HolidayImport.upload(holidays, this::refresh);
        addClassName("view");
        coverage.setId("coverage");
        warning.setId("coverage-warning");
        warning.addClassName("deadline-warning");

        year.setLabel("Year");
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption("All years");
        year.addValueChangeListener(e -> showYear());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new HolidayDialog(holidays, null, this::refresh).open());

        grid.addColumn(h -> DateText.of(h.getDate())).setHeader("Date").setKey("date")
                .setComparator(Comparator.comparing(StoredBankHoliday::getDate)).setAutoWidth(true);
        grid.addColumn(StoredBankHoliday::getName).setHeader("Name").setKey("name").setFlexGrow(3);
        grid.addColumn(h -> h.getJurisdiction().displayName()).setHeader("Applies in").setKey("jurisdiction")
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No bank holidays stored for this year.");
        grid.setHeight("60vh");

        HorizontalLayout toolbar = new HorizontalLayout(year, add, importFile);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2("Bank holidays"), coverage, warning,
                new Paragraph(new Text("Deadlines skip these days. Import GOV.UK's file to add new years: "),
                        new Anchor("https://www.gov.uk/bank-holidays.json", "www.gov.uk/bank-holidays.json")),
                toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(StoredBankHoliday holiday) {
        Button edit = new Button("Edit", e -> new HolidayDialog(holidays, holiday, this::refresh).open());
        Button remove = new Button("Remove", e -> confirmRemoval(holiday));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private void confirmRemoval(StoredBankHoliday holiday) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove this bank holiday?");
        confirm.setText("Remove " + holiday.getName() + " (" + holiday.getJurisdiction().displayName() + ") on "
                + DateText.of(holiday.getDate()) + "? Deadlines will count that day as a working day.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            holidays.remove(holiday.getId());
            refresh();
        });
        confirm.open();
    }

    /** Reloads after any change, here or by another admin, and says which years deadlines can reach. */
    void refresh() {
        stored = holidays.listStored();
        HolidayCoverage known = HolidayCoverage.of(holidays.calendar(Regime.FOIA), holidays.all());
        coverage.setText(known.summary());
        warning.setText(known.warning());
        Integer chosen = year.getValue();
        List<Integer> years = stored.stream().map(h -> h.getDate().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        year.setItems(years);
        year.setValue(years.contains(chosen) ? chosen : null);
        showYear();
    }

    private void showYear() {
        Integer chosen = year.getValue();
        grid.setItems(chosen == null ? stored
                : stored.stream().filter(h -> h.getDate().getYear() == chosen).toList());
    }
}
