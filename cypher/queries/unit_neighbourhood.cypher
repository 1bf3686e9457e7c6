// unit_neighbourhood: every node within `depth` steps of a unit, in any direction (as the explorer's unit page).
// The unit is matched by id, canonical name or a surface form in its aliases. distance = fewest steps.
// Each step is de-duplicated (WITH DISTINCT) instead of enumerating paths, so a hub with thousands of
// relationships stays cheap; a node reached at several distances keeps the smallest.
// @param unit: str -- unit id, name or alias (e.g. 市市场监管局)
// @param depth: int(1..3) = 1 -- how many steps (1, 2 or 3)
MATCH (u:Unit)
WHERE u.id = $unit OR u.name = $unit OR $unit IN coalesce(u.aliases, [])
CALL {
  WITH u
  MATCH (u)--(a)
  WHERE a <> u
  RETURN DISTINCT a AS n, 1 AS step
  UNION
  WITH u
  MATCH (u)--(a)
  WHERE a <> u AND $depth >= 2
  WITH DISTINCT u, a
  MATCH (a)--(b)
  WHERE b <> u
  RETURN DISTINCT b AS n, 2 AS step
  UNION
  WITH u
  MATCH (u)--(a)
  WHERE a <> u AND $depth >= 3
  WITH DISTINCT u, a
  MATCH (a)--(b)
  WHERE b <> u
  WITH DISTINCT u, b
  MATCH (b)--(c)
  WHERE c <> u
  RETURN DISTINCT c AS n, 3 AS step
}
WITH u, n, min(step) AS distance
RETURN n.id AS id, labels(n)[0] AS kind, coalesce(n.name, n.title, n.text, n.id) AS name, distance,
       u.id AS centre
ORDER BY distance, kind, id
