-- Issue 8, scale. Two things the benchmark showed to be slow at 100,000 requests.

-- 1. The requests list's free-text filter was a LIKE '%text%' scan over every request of the team.
-- Each request's words (title, authority reference, request text, tags), lower-cased and without
-- accents, are kept here so a search is an index range scan on a word prefix. The application
-- maintains the rows when a request is saved; existing requests are filled by the Java migration
-- 8.1 (RequestWordsBackfill), since splitting text into words has no portable SQL.
create table request_search_word (
    request_id  bigint not null,
    team_id     bigint not null references team (id),
    word        varchar(40) not null,
    primary key (request_id, word),
    constraint fk_search_word_request foreign key (request_id, team_id) references foi_request (id, team_id)
);
create index ix_request_search_word_team_word on request_search_word (team_id, word, request_id);

-- 2. The refusals view sorted every refusal of the team by its request's date sent (a join over
-- all answers) before taking a page. The answer row now carries what the view filters and sorts
-- on, copied from its request and question, so a page is read in index order.
alter table answer add column in_refusals boolean default false not null;
alter table answer add column request_sent date;
alter table answer add column authority_id bigint;
alter table answer add column question_order integer default 0 not null;

update answer set
    in_refusals = case when outcome in ('REFUSED', 'NOT_HELD', 'NEITHER_CONFIRM_NOR_DENY', 'PARTLY_ANSWERED')
                       then true else false end,
    request_sent = (select r.date_sent from foi_request r where r.id = answer.request_id),
    authority_id = (select r.authority_id from foi_request r where r.id = answer.request_id),
    question_order = (select q.sort_order from request_question q where q.id = answer.question_id);

create index ix_answer_refusals on answer (team_id, in_refusals, request_sent desc, request_id, question_order);
create index ix_answer_refusals_authority
    on answer (team_id, authority_id, in_refusals, request_sent desc, request_id, question_order);
