SELECT segment, state::text FROM journey_state_by_segment ORDER BY segment;
SELECT r.* FROM journey_friction_report((SELECT journey_friction_merge(state) FROM journey_state_by_segment)) r;
