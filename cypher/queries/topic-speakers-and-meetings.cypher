// Who said what on a topic, and whom each speaker met: claims whose text holds $text (any case), with the
// speaker, where to read each claim, and the other participants of the meetings the speaker took part in.
// Parameters: $text (e.g. 'export controls').
// @param text
MATCH (speaker:Actor)-[s:STATED]->(c:Claim)-[:REPORTED_IN]->(a:Article)
WHERE toLower(c.text) CONTAINS toLower($text)
OPTIONAL MATCH (speaker)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Actor)
WHERE other <> speaker
RETURN speaker.name AS speaker, s.cue AS cue, c.text AS claim, a.title AS article, c.start AS start, c.end AS end,
       collect(DISTINCT other.name) AS met
ORDER BY speaker, article, start;
