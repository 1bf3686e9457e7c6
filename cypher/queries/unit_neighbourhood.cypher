// unit_neighbourhood: every node within `depth` steps of a unit, in any direction (as the explorer's unit page).
// The unit is matched by id, canonical name or a surface form in its aliases. distance = fewest steps.
// @param unit: str -- unit id, name or alias (e.g. 市市场监管局)
// @param depth: int(1..3) = 1 -- how many steps (1, 2 or 3)
MATCH (u:Unit)
WHERE u.id = $unit OR u.name = $unit OR $unit IN coalesce(u.aliases, [])
MATCH p = (u)-[*1..3]-(n)
WHERE length(p) <= $depth AND n <> u
WITH u, n, min(length(p)) AS distance
RETURN n.id AS id, labels(n)[0] AS kind, coalesce(n.name, n.title, n.text, n.id) AS name, distance,
       u.id AS centre
ORDER BY distance, kind, id
