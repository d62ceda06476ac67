// Everyone affiliated with an institution (or country), directly or through one of its parts, and in what role.
// Parameters: $name (e.g. 'Fudan University').
// @param name
MATCH (org:Actor {name: $name})
MATCH (p:Person)-[r:AFFILIATED_WITH]->(unit:Actor)
WHERE unit = org OR (unit)-[:PART_OF*1..3]->(org)
RETURN p.name AS person, r.role AS role, unit.name AS via, r.articleId AS article
ORDER BY person;
