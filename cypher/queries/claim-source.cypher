// Read a claim back to its article: the speaker, the exact offsets and the article it came from.
// Parameters: $claimId.
// @param claimId
MATCH (c:Claim {id: $claimId})-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (speaker:Actor)-[s:STATED]->(c)
RETURN speaker.name AS speaker, s.cue AS cue, c.text AS claim, c.start AS start, c.end AS end, a.title AS title, a.source AS source;
