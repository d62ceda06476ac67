// What an actor said over time: each claim by $name with the publication date of the article it was read in, oldest
// first (articles with no known date last), so a change of position shows in order.
// Parameters: $name (e.g. 'United States'). Add WHERE a.published >= '2016-01-01' after the MATCH for a period
// (dates are ISO strings, so they compare in order); WHERE c.kind = 'statement' keeps to what was said.
// @param name
MATCH (speaker:Actor {name: $name})-[s:STATED]->(c:Claim)-[:REPORTED_IN]->(a:Article)
RETURN a.published AS published, s.cue AS cue, c.text AS claim, c.kind AS kind, s.confidence AS confidence, a.title AS article, c.start AS start, c.end AS end
ORDER BY published IS NULL, published, article, start;
