package org.answerable.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityNameMatcher;
import org.answerable.authority.Regime;
import org.answerable.request.Channel;
import org.answerable.request.FoiRequest;
import org.answerable.request.QuestionDraft;
import org.answerable.request.QuestionSplitter;
import org.answerable.request.RequestDraft;
import org.answerable.request.RequestRules;

/**
 * Turns each row of a mapped spreadsheet into a request ready to save, or into the problems that
 * stop it, all before anything is saved. The same rules as the new-request form apply, and the
 * authority must be exactly one body in the directory: a near miss is suggested, never guessed.
 */
public final class ImportCheck {

    /** How often the progress callback hears of rows checked. */
    static final int PROGRESS_EVERY = 250;

    /** A request from one row, with the row it came from so later errors can point back to it. */
    public record RowRequest(int row, RequestDraft draft) {
    }

    /**
     * @param mappingProblems columns still to choose; when any, no row was checked
     */
    public record Result(int rowCount, List<RowRequest> requests, List<RowProblem> problems,
            List<String> mappingProblems) {

        public boolean canImport() {
            return mappingProblems.isEmpty() && problems.isEmpty() && !requests.isEmpty();
        }

        public List<RequestDraft> drafts() {
            return requests.stream().map(RowRequest::draft).toList();
        }
    }

    private final AuthorityNameMatcher directory;
    private final LocalDate today;
    private final QuestionSplitter splitter = new QuestionSplitter();
    private final Map<String, AuthorityNameMatcher.Match> matches = new HashMap<>();

    public ImportCheck(AuthorityNameMatcher directory, LocalDate today) {
        this.directory = directory;
        this.today = today;
    }

    public Result check(Spreadsheet sheet, ColumnMapping mapping, IntConsumer rowsChecked) {
        List<String> mappingProblems = mapping.missingRequired().stream()
                .map(field -> "Choose the column that holds the " + field.label().toLowerCase(Locale.ROOT))
                .toList();
        if (!mappingProblems.isEmpty()) {
            return new Result(sheet.rows().size(), List.of(), List.of(), mappingProblems);
        }
        List<RowRequest> requests = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        int checked = 0;
        for (SheetRow row : sheet.rows()) {
            List<RowProblem> found = new ArrayList<>();
            RequestDraft draft = draftOf(row, mapping, found);
            if (found.isEmpty()) {
                String identity = draft.getAuthority().getOfficialName() + "|" + draft.getTitle().trim().toLowerCase(Locale.ROOT)
                        + "|" + draft.getDateSent();
                Integer earlier = firstRowOf.putIfAbsent(identity, row.number());
                if (earlier != null) {
                    found.add(new RowProblem(row.number(), null, "repeats row " + earlier
                            + " (same title, authority and date sent); remove one of them"));
                }
            }
            if (found.isEmpty()) {
                requests.add(new RowRequest(row.number(), draft));
            }
            problems.addAll(found);
            if (++checked % PROGRESS_EVERY == 0) {
                rowsChecked.accept(checked);
            }
        }
        rowsChecked.accept(checked);
        return new Result(sheet.rows().size(), requests, problems, List.of());
    }

    private RequestDraft draftOf(SheetRow row, ColumnMapping mapping, List<RowProblem> problems) {
        Cells cells = new Cells(row, mapping, problems);
        RequestDraft draft = new RequestDraft();
        String title = cells.text(ImportField.TITLE);
        if (title.isEmpty()) {
            cells.problem(ImportField.TITLE, "no title");
        } else if (title.length() > FoiRequest.TITLE_MAX_LENGTH) {
            cells.problem(ImportField.TITLE, "the title is longer than " + FoiRequest.TITLE_MAX_LENGTH + " characters");
        }
        draft.setTitle(title);
        Authority authority = authority(cells);
        draft.setAuthority(authority);
        draft.setRegime(regime(cells, authority));
        draft.setDateSent(date(cells));
        draft.setAuthorityReference(limited(cells, ImportField.REFERENCE, FoiRequest.REFERENCE_MAX_LENGTH));
        draft.setWdtkUrl(url(cells));
        draft.setChannel(channel(cells, draft.getWdtkUrl()));
        draft.setTags(tags(cells));
        String text = limited(cells, ImportField.QUESTIONS, FoiRequest.TEXT_MAX_LENGTH);
        draft.setRequestText(text);
        draft.setQuestions(questions(text, title));
        if (problems.isEmpty() && authority != null && draft.getRegime() != null) {
            RequestRules.check(draft, today).ifPresent(v -> cells.problem(fieldOf(v.field()), v.message()));
        }
        return draft;
    }

    private Authority authority(Cells cells) {
        String typed = cells.text(ImportField.AUTHORITY);
        if (typed.isEmpty()) {
            cells.problem(ImportField.AUTHORITY, "no authority");
            return null;
        }
        AuthorityNameMatcher.Match match = matches.computeIfAbsent(typed, directory::match);
        if (match.isUnique()) {
            return match.authority();
        }
        if (match.isAmbiguous()) {
            cells.problem(ImportField.AUTHORITY, "'" + typed + "' could be " + names(match.candidates())
                    + "; use the full name or the directory code");
        } else {
            cells.problem(ImportField.AUTHORITY, "'" + typed + "' is not in the directory"
                    + directory.closest(typed).map(a -> "; did you mean " + a.getOfficialName() + "?")
                            .orElse("; correct the name, or add the authority to the directory first"));
        }
        return null;
    }

    private static String names(List<Authority> candidates) {
        List<String> names = candidates.stream().map(Authority::getOfficialName).sorted().toList();
        if (names.size() > 4) {
            return String.join(", ", names.subList(0, 3)) + " or " + (names.size() - 3) + " others";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    private static Regime regime(Cells cells, Authority authority) {
        String typed = cells.text(ImportField.REGIME);
        if (typed.isEmpty()) {
            return authority == null ? null : authority.getDefaultRegime();
        }
        String plain = typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        Regime regime = switch (plain) {
            case "foi", "foia", "foia2000", "freedomofinformation", "freedomofinformationact",
                 "freedomofinformationact2000" -> Regime.FOIA;
            case "eir", "eirs", "environmentalinformationregulations", "environmentalinformationregulations2004" -> Regime.EIR;
            case "foisa", "fois", "foiscotland", "freedomofinformationscotland", "freedomofinformationscotlandact",
                 "freedomofinformationscotlandact2002" -> Regime.FOISA;
            case "eisr", "eirscotland", "eis", "environmentalinformationscotlandregulations",
                 "environmentalinformationscotlandregulations2004" -> Regime.EISR;
            default -> null;
        };
        if (regime == null) {
            cells.problem(ImportField.REGIME, "'" + typed + "' is not a law the app knows; use FOIA, EIR, FOISA or EISR");
        }
        return regime;
    }

    private static LocalDate date(Cells cells) {
        DateCells.Reading reading = DateCells.read(cells.cell(ImportField.DATE_SENT));
        if (reading instanceof DateCells.Problem problem) {
            cells.problem(ImportField.DATE_SENT, problem.message());
            return null;
        }
        return reading == null ? null : ((DateCells.Parsed) reading).date();
    }

    private static String limited(Cells cells, ImportField field, int maxLength) {
        String text = cells.text(field);
        if (text.length() > maxLength) {
            cells.problem(field, "longer than " + String.format("%,d", maxLength) + " characters");
        }
        return text;
    }

    private static String url(Cells cells) {
        String url = limited(cells, ImportField.WDTK_URL, FoiRequest.URL_MAX_LENGTH);
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            cells.problem(ImportField.WDTK_URL, "'" + url + "' is not a web address starting with https://");
        }
        return url;
    }

    private static Channel channel(Cells cells, String url) {
        String typed = cells.text(ImportField.CHANNEL).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (typed) {
            case "" -> url.contains("whatdotheyknow.com") ? Channel.WHATDOTHEYKNOW : Channel.EMAIL;
            case "email", "mail" -> Channel.EMAIL;
            case "webform", "online", "onlineform", "portal", "website", "form" -> Channel.WEB_FORM;
            case "post", "letter", "postal" -> Channel.POST;
            case "whatdotheyknow", "wdtk", "whatdotheyknowcom" -> Channel.WHATDOTHEYKNOW;
            default -> {
                cells.problem(ImportField.CHANNEL, "'" + cells.text(ImportField.CHANNEL)
                        + "' is not a way of sending; use Email, Web form, Post or WhatDoTheyKnow");
                yield Channel.EMAIL;
            }
        };
    }

    private static Set<String> tags(Cells cells) {
        String typed = cells.text(ImportField.TAGS);
        return typed.isEmpty() ? Set.of() : Arrays.stream(typed.split("[,;|]"))
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The request text split into its questions; without text, the title is the one question. */
    private List<QuestionDraft> questions(String text, String title) {
        List<QuestionDraft> found = splitter.split(text).stream().map(q -> new QuestionDraft(q.label(), q.text())).toList();
        if (!found.isEmpty() || title.isEmpty()) {
            return found;
        }
        return List.of(new QuestionDraft("1", title));
    }

    private static ImportField fieldOf(String draftField) {
        return switch (draftField) {
            case "dateSent", "dateReceived" -> ImportField.DATE_SENT;
            case "wdtkUrl" -> ImportField.WDTK_URL;
            case "questions" -> ImportField.QUESTIONS;
            case "tags" -> ImportField.TAGS;
            case "authority" -> ImportField.AUTHORITY;
            case "regime" -> ImportField.REGIME;
            default -> ImportField.TITLE;
        };
    }

    /** One row's cells by field, collecting its problems. */
    private record Cells(SheetRow row, ColumnMapping mapping, List<RowProblem> problems) {

        Cell cell(ImportField field) {
            return mapping.column(field).map(row::cell).orElse(Cell.EMPTY);
        }

        String text(ImportField field) {
            return cell(field).text().strip();
        }

        void problem(ImportField field, String message) {
            problems.add(new RowProblem(row.number(), field, message));
        }
    }
}
