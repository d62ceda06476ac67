// Who said what about an actor: every claim about $name, its speaker, and where to read it.
// Parameters: $name (e.g. 'United States'). confidence is the estimated chance that the claim and its speaker
// are right; add WHERE s.confidence >= 0.8 after the first MATCH to keep the likely ones. c.kind is 'statement'
// (said or written), 'belief' (thinks, wants, plans, supports) or 'other' ("the survey found"); add
// WHERE c.kind = 'statement' to keep to what was said.
// @param name
MATCH (target:Actor {name: $name})<-[:ABOUT]-(c:Claim)<-[s:STATED]-(speaker:Actor)
MATCH (c)-[:REPORTED_IN]->(a:Article)
RETURN speaker.name AS speaker, s.cue AS cue, c.text AS claim, c.kind AS kind, s.confidence AS confidence, a.title AS article, c.start AS start, c.end AS end
ORDER BY speaker, article, start;
