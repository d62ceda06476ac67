// Merges one batch of relationships of one type between nodes of two given primary labels; sent by GraphLoader.
// The loader replaces __Type__ with a type from RelationTypes and __StartLabel__/__EndLabel__ with primary labels
// from NodeLabels, so both ends are found through their label's unique id index instead of a full scan.
// Every value arrives in $rows: [{id: string, from: string, to: string, props: {...}}].
// MERGE on the relationship's own id, so pushing the same graph again creates nothing; rows whose end nodes are
// missing merge nothing, and `merged` (fewer than the rows sent) tells the loader so.
UNWIND $rows AS row
MATCH (a:__StartLabel__ {id: row.from})
MATCH (b:__EndLabel__ {id: row.to})
MERGE (a)-[r:__Type__ {id: row.id}]->(b)
SET r += row.props
RETURN count(r) AS merged
