-- Refusal insights (issue 6) count a team's answers per authority and per month sent by joining
-- each request to its answers. With the outcome in this index, the answers side is read from the
-- index alone instead of fetching every answer row with its letter text: at 1,000,000 answers that
-- turns seconds into a fraction of one (docs/benchmarks.md).
create index ix_answer_request_team_outcome on answer (request_id, team_id, outcome);

-- The on-time figures look up each request's first "reply received" date.
create index ix_request_event_request_type on request_event (request_id, event_type, event_date);
