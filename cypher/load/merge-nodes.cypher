// Merges one batch of nodes that share a label set; sent by Graph.Neo4j's GraphLoader.
// The loader replaces __Label__ with the nodes' primary label (the one with a uniqueness constraint on id)
// and __Labels__ with all their labels (e.g. Person:Actor), both only from the fixed vocabulary in NodeLabels.
// Every value arrives in $rows: [{id: string, props: {name: ..., ...}}]; null properties are left out.
// MERGE on the unique id alone, then SET, so pushing the same graph again creates nothing.
UNWIND $rows AS row
MERGE (n:__Label__ {id: row.id})
SET n += row.props, n:__Labels__
