// Meetings with their participants, place and date, newest first where a date is known.
MATCH (m:Meeting)
OPTIONAL MATCH (p:Actor)-[:PARTICIPATED_IN]->(m)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
RETURN m.name AS meeting, m.date AS date, m.dateText AS dateText, place.name AS place, collect(DISTINCT p.name) AS participants
ORDER BY date DESC, meeting;
