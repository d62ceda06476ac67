// How two actors are connected: paths of up to two hops between them (through claims, meetings, institutions).
// Parameters: $from, $to (names).
// @param from
// @param to
MATCH path = (a:Actor {name: $from})-[*1..2]-(b:Actor {name: $to})
RETURN [n IN nodes(path) | coalesce(n.name, n.text)] AS via, [r IN relationships(path) | type(r)] AS relationships
LIMIT 50;
