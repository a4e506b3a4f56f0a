-- Refusal insights (issue 8: <= 500 ms at 1,000,000 answers) read per-request tallies instead of
-- grouping every answer: a team's whole figures then come from its requests (100,000 rows at most)
-- and a small table of provisions cited, not from a join of 1,000,000 answers.
-- AnswerTallies (reply.answer) recounts a request's tallies whenever its answers are saved, in the
-- same transaction. The groups are those of Outcome: refused = REFUSED, NOT_HELD,
-- NEITHER_CONFIRM_NOR_DENY; partly refused = PARTLY_ANSWERED; answered = ANSWERED; total = all.
alter table foi_request add column answers_total integer default 0 not null;
alter table foi_request add column answers_refused integer default 0 not null;
alter table foi_request add column answers_partly_refused integer default 0 not null;
alter table foi_request add column answers_answered integer default 0 not null;

update foi_request set
    answers_total = (select count(*) from answer a
        where a.request_id = foi_request.id and a.team_id = foi_request.team_id),
    answers_refused = (select count(*) from answer a
        where a.request_id = foi_request.id and a.team_id = foi_request.team_id
        and a.outcome in ('REFUSED', 'NOT_HELD', 'NEITHER_CONFIRM_NOR_DENY')),
    answers_partly_refused = (select count(*) from answer a
        where a.request_id = foi_request.id and a.team_id = foi_request.team_id and a.outcome = 'PARTLY_ANSWERED'),
    answers_answered = (select count(*) from answer a
        where a.request_id = foi_request.id and a.team_id = foi_request.team_id and a.outcome = 'ANSWERED')
where exists (select 1 from answer a where a.request_id = foi_request.id and a.team_id = foi_request.team_id);

-- Refused and partly refused answers of one request citing one provision; a provision cited only
-- by answered questions has no row, as the insights never count those.
create table request_provision_tally (
    request_id           bigint not null,
    team_id              bigint not null references team (id),
    provision_code       varchar(40) not null,
    refused_count        integer not null,
    partly_refused_count integer not null,
    primary key (request_id, provision_code),
    constraint fk_provision_tally_request foreign key (request_id, team_id) references foi_request (id, team_id)
);
create index ix_provision_tally_team_code on request_provision_tally (team_id, provision_code);

insert into request_provision_tally (request_id, team_id, provision_code, refused_count, partly_refused_count)
select a.request_id, a.team_id, p.provision_code,
       sum(case when a.outcome = 'PARTLY_ANSWERED' then 0 else 1 end),
       sum(case when a.outcome = 'PARTLY_ANSWERED' then 1 else 0 end)
from answer a join answer_provision p on p.answer_id = a.id
where a.outcome in ('REFUSED', 'NOT_HELD', 'NEITHER_CONFIRM_NOR_DENY', 'PARTLY_ANSWERED')
group by a.request_id, a.team_id, p.provision_code;

-- The campaign filter of the insights page, within the team.
create index ix_foi_request_team_campaign on foi_request (team_id, campaign_id);
