// Who said what about an actor: every claim about $name, its speaker, and where to read it.
// Parameters: $name (e.g. 'United States').
// @param name
MATCH (target:Actor {name: $name})<-[:ABOUT]-(c:Claim)<-[s:STATED]-(speaker:Actor)
MATCH (c)-[:REPORTED_IN]->(a:Article)
RETURN speaker.name AS speaker, s.cue AS cue, c.text AS claim, a.title AS article, c.start AS start, c.end AS end
ORDER BY speaker, article, start;
