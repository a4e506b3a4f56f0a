-- The on-time figures of the insights looked up each request's first reply among its timeline
-- events (about 1 s for a team of 100,000 requests). The request now keeps that date, written by
-- TimelineService with the response due date whenever the timeline changes.
alter table foi_request add column first_reply_date date;

update foi_request set first_reply_date = (select min(e.event_date) from request_event e
        where e.request_id = foi_request.id and e.team_id = foi_request.team_id and e.event_type = 'REPLY_RECEIVED')
where exists (select 1 from request_event e
        where e.request_id = foi_request.id and e.team_id = foi_request.team_id and e.event_type = 'REPLY_RECEIVED');

-- Every column the insights read from a request, after the team and the authority they group by:
-- a whole team's figures are then read from this index alone, not from the requests' rows (about
-- 5 times faster at 100,000 requests). The same for the provision tallies.
create index ix_insight_requests on foi_request (team_id, authority_id, date_sent, answers_total, answers_refused,
    answers_partly_refused, answers_answered, response_due, first_reply_date, status, campaign_id);
create index ix_insight_provisions on request_provision_tally (team_id, provision_code, refused_count,
    partly_refused_count);
drop index ix_provision_tally_team_code;
drop index ix_foi_request_team_authority;
