-- After a rotation the previous webhook secret keeps signing alongside the new one for a grace period, so the partner
-- can switch without losing a delivery (Standard Webhooks allows several signatures in webhook-signature).
alter table subscription add column previous_secret text;
alter table subscription add column previous_secret_until timestamptz;
