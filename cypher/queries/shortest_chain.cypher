// shortest_chain: the shortest coordination chains between two units (units linked by a shared measure), as `reformgraph chain`.
// One row per distinct chain of units, in name order; `measures` lists, per hop, every measure the two units share.
// Collective units are used as links only with include_collective (the two ends are always allowed).
// @param source: str -- unit id, name or alias
// @param target: str -- unit id, name or alias
// @param include_collective: bool = false -- allow collective units inside the chain
MATCH (a:Unit) WHERE a.id = $source OR a.name = $source OR $source IN coalesce(a.aliases, [])
MATCH (b:Unit) WHERE b.id = $target OR b.name = $target OR $target IN coalesce(b.aliases, [])
MATCH p = allShortestPaths((a)-[:LEADS|SUPPORTS*..20]-(b))
WHERE a <> b AND all(x IN nodes(p)[1..-1] WHERE NOT x:Unit OR $include_collective
                     OR coalesce(x.category, '') <> 'collective')
WITH [x IN nodes(p) WHERE x:Unit | x] AS units, [x IN nodes(p) WHERE x:Measure | x.id] AS ms
WITH [x IN units | x.id] AS ids, [x IN units | coalesce(x.name, x.id)] AS names, ms
UNWIND range(0, size(ms) - 1) AS hop
WITH ids, names, hop, collect(DISTINCT ms[hop]) AS hop_measures
ORDER BY hop
WITH ids, names, collect(hop_measures) AS measures
RETURN names AS chain, size(ids) - 1 AS hops, measures, ids
ORDER BY names, ids
