package org.answerable.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.answerable.authority.Authority;
import org.answerable.request.QuestionDraft;

/** The new-campaign form: the question set and the authorities it goes to. */
public class CampaignDraft {

    private String name = "";
    private String description = "";
    private String requestText = "";
    private List<QuestionDraft> questions = new ArrayList<>();
    private List<Authority> authorities = new ArrayList<>();
    private LocalDate dateSent;

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRequestText() { return requestText; }
    public void setRequestText(String requestText) { this.requestText = requestText; }
    public List<QuestionDraft> getQuestions() { return questions; }
    public void setQuestions(List<QuestionDraft> questions) { this.questions = List.copyOf(questions); }
    public List<Authority> getAuthorities() { return authorities; }
    public void setAuthorities(List<Authority> authorities) { this.authorities = List.copyOf(authorities); }
    /** The day every request was sent, when they all went together; empty while still drafts. */
    public LocalDate getDateSent() { return dateSent; }
    public void setDateSent(LocalDate dateSent) { this.dateSent = dateSent; }
}
