-- Every alert request and withdrawal looks its alerts up by request (and recipient): "already issued for this
-- recipient?", "was the request recalled here?". V12 narrowed alert_request_recipient to alerts that are not requests
-- for verification, so those lookups, which do not say so, could use no index and read the whole table: 192 ms per
-- alert request with 40 000 alerts, growing with every day's alerts (docs/benchmarks.md, 2026-12-02 seventh session).
-- One index on both columns serves them and the lookups of requests for verification by request.
create index alert_request on alert (request_id, recipient_agency);
drop index alert_verification_request;
