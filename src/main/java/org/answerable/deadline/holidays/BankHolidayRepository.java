package org.answerable.deadline.holidays;

import java.time.LocalDate;
import java.util.Optional;
import org.answerable.deadline.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankHolidayRepository extends JpaRepository<StoredBankHoliday, Long> {

    Optional<StoredBankHoliday> findByDateAndJurisdiction(LocalDate date, Jurisdiction jurisdiction);
}
