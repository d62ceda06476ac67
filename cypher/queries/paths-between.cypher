// How two actors are connected: paths of up to two hops between them (through claims, meetings, institutions).
// Parameters: $from, $to (names).
MATCH (a:Actor {name: $from}), (b:Actor {name: $to})
MATCH path = (a)-[*1..2]-(b)
RETURN [n IN nodes(path) | coalesce(n.name, n.text)] AS via, [r IN relationships(path) | type(r)] AS relationships
LIMIT 50;
