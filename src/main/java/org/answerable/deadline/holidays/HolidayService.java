package org.answerable.deadline.holidays;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.answerable.authority.Regime;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.deadline.BankHoliday;
import org.answerable.deadline.ChallengeClocks;
import org.answerable.deadline.DeadlineCalculator;
import org.answerable.deadline.HolidaysUnknownException;
import org.answerable.deadline.WorkingDayCalendar;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank holidays every deadline is counted with. Reads are served from memory (deadlines are
 * computed on every page); any change replaces the cached list.
 */
@Service
public class HolidayService {

    private final BankHolidayRepository holidays;
    private final AtomicReference<List<BankHoliday>> cache = new AtomicReference<>();
    /** Built from the cached list; cleared with it, so a calendar never outlives an edit. */
    private final Map<Regime, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

    HolidayService(BankHolidayRepository holidays) {
        this.holidays = holidays;
    }

    public List<BankHoliday> all() {
        List<BankHoliday> cached = cache.get();
        if (cached == null) {
            cached = holidays.findAll(Sort.by("date", "jurisdiction")).stream()
                    .map(StoredBankHoliday::toBankHoliday).toList();
            cache.set(cached);
        }
        return cached;
    }

    public DeadlineCalculator calculator(Regime regime) {
        return new DeadlineCalculator(calendar(regime));
    }

    public WorkingDayCalendar calendar(Regime regime) {
        return calendars.computeIfAbsent(regime, r -> WorkingDayCalendar.forRegime(r, all()));
    }

    /** Why no deadline can be counted from that day (its bank holidays are unknown); empty when one can. */
    public Optional<String> whyNoDeadline(Regime regime, LocalDate from) {
        try {
            calculator(regime).workingDaysAfter(from, 1);
            return Optional.empty();
        } catch (HolidaysUnknownException e) {
            return Optional.of(e.getMessage());
        }
    }

    public ChallengeClocks challengeClocks() {
        return new ChallengeClocks(all());
    }

    @Transactional(readOnly = true)
    public List<StoredBankHoliday> listStored() {
        return holidays.findAll(Sort.by(Sort.Direction.DESC, "date").and(Sort.by("jurisdiction")));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StoredBankHoliday add(BankHoliday holiday) {
        rejectDuplicate(holiday, null);
        StoredBankHoliday saved = holidays.save(new StoredBankHoliday(holiday));
        forget();
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StoredBankHoliday change(Long id, long expectedVersion, BankHoliday holiday) {
        StoredBankHoliday stored = holidays.findById(id).orElseThrow(() -> new NotFoundException("bank holiday"));
        if (stored.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("bank holiday");
        }
        rejectDuplicate(holiday, id);
        stored.change(holiday);
        forget();
        return holidays.saveAndFlush(stored);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(Long id) {
        holidays.deleteById(id);
        forget();
    }

    /**
     * Adds the holidays of a gov.uk bank-holidays.json file that are not stored yet, and returns
     * how many were new. A malformed file changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int importFile(InputStream json, String fileName) {
        List<BankHoliday> parsed = new BankHolidayFileParser().parse(json, fileName);
        return addMissing(parsed);
    }

    @Transactional
    int addMissing(List<BankHoliday> parsed) {
        int added = 0;
        for (BankHoliday holiday : parsed) {
            if (holidays.findByDateAndJurisdiction(holiday.date(), holiday.jurisdiction()).isEmpty()) {
                holidays.save(new StoredBankHoliday(holiday));
                added++;
            }
        }
        forget();
        return added;
    }

    private void forget() {
        cache.set(null);
        calendars.clear();
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return holidays.count() == 0;
    }

    private void rejectDuplicate(BankHoliday holiday, Long exceptId) {
        if (holiday.name() == null || holiday.name().isBlank()) {
            throw new InvalidInputException("name", "Give the holiday a name");
        }
        holidays.findByDateAndJurisdiction(holiday.date(), holiday.jurisdiction())
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new InvalidInputException("date", existing.getName() + " is already listed on that day for "
                            + holiday.jurisdiction().displayName());
                });
    }
}
