package org.answerable.deadline.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.Jurisdiction;

/** A bank holiday as stored and edited by admins; the rules work on {@link BankHoliday}. */
@Entity
@Table(name = "bank_holiday")
public class StoredBankHoliday {

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Jurisdiction jurisdiction;

    @Version
    private long version;

    protected StoredBankHoliday() {
    }

    StoredBankHoliday(BankHoliday holiday) {
        change(holiday);
    }

    void change(BankHoliday holiday) {
        this.date = holiday.date();
        this.name = holiday.name();
        this.jurisdiction = holiday.jurisdiction();
    }

    public BankHoliday toBankHoliday() {
        return new BankHoliday(date, name, jurisdiction);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
}
