SELECT segment, state::text FROM moments_state_by_segment ORDER BY segment;
SELECT r.* FROM journey_moments_report((SELECT journey_moments_merge(state) FROM moments_state_by_segment), min_journeys => 5) r;
