-- CampaignDesk schema, version 4: evidence files of veto events, stored like the activities' files (DOMAIN.md §8).
ALTER TABLE attachments ADD COLUMN veto_event_id INTEGER REFERENCES veto_events(id) ON DELETE CASCADE;
CREATE INDEX attachments_activity ON attachments(activity_id);
CREATE INDEX attachments_veto ON attachments(veto_event_id);
CREATE INDEX demonstration_points_year ON demonstration_points(year, level);
