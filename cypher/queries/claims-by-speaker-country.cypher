// Claims grouped by the country of their speaker: countries speaking themselves, and people and institutions
// affiliated with or part of a country.
MATCH (speaker:Actor)-[:STATED]->(c:Claim)
OPTIONAL MATCH (speaker)-[:AFFILIATED_WITH|PART_OF*1..3]->(country:Country)
WITH c, CASE WHEN speaker:Country THEN speaker ELSE country END AS country
WHERE country IS NOT NULL
RETURN country.name AS country, count(DISTINCT c) AS claims, collect(DISTINCT c.text)[0..5] AS examples
ORDER BY claims DESC;
