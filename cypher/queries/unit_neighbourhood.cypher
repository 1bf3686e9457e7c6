// unit_neighbourhood: every node within `depth` steps of a unit, in any direction (as the explorer's unit page).
// The unit is matched by id, canonical name or a surface form in its aliases. distance = fewest steps.
// Each step collects the distinct nodes it reaches (no path enumeration), so a hub with thousands of
// relationships stays cheap; a node reached at several distances keeps the smallest. Steps past `depth`
// match nothing; the unit itself stands in where a step found nothing (no null is ever aggregated). No list
// is carried into a step that buffers rows (ArcadeDB sizes every buffered row with what it carries), so the
// first step is recomputed at the end from the unit's own relationships.
// @param unit: str -- unit id, name or alias (e.g. 市市场监管局)
// @param depth: int(1..3) = 1 -- how many steps (1, 2 or 3)
MATCH (u:Unit)
WHERE u.id = $unit OR u.name = $unit OR $unit IN coalesce(u.aliases, [])
MATCH (u)--(a)
WHERE a <> u
WITH DISTINCT u, a
OPTIONAL MATCH (a)--(b)
WHERE $depth >= 2 AND b <> u
WITH u, collect(DISTINCT coalesce(b, u)) AS second
UNWIND second AS b
WITH u, b
OPTIONAL MATCH (b)--(c)
WHERE $depth >= 3 AND b <> u AND c <> u
WITH u, collect(DISTINCT b) AS second, collect(DISTINCT coalesce(c, u)) AS third
UNWIND [(u)--(a) WHERE a <> u | [a, 1]] + [x IN second WHERE x <> u | [x, 2]] + [x IN third WHERE x <> u | [x, 3]] AS pair
WITH u, pair
WITH u, pair[0] AS n, min(pair[1]) AS distance
RETURN n.id AS id, labels(n)[0] AS kind, coalesce(n.name, n.title, n.text, n.id) AS name, distance,
       u.id AS centre
ORDER BY distance, kind, id
