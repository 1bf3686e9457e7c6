// deadlines_per_month: measures due per unit per month, as lead and as support (as `reformgraph deadlines`).
// A measure's month is the first seven characters of its deadline; measures without a deadline are left out.
// A unit that leads and supports one measure counts as its lead. Collective units only with include_collective
// (or when asked for by name).
// @param unit: str = null -- one unit (id, name or alias); all units when not given
// @param include_collective: bool = false -- also list collective units
MATCH (u:Unit)-[r:LEADS|SUPPORTS]->(m:Measure)
WHERE m.deadline IS NOT NULL AND m.deadline <> ''
  AND ($unit IS NULL OR u.id = $unit OR u.name = $unit OR $unit IN coalesce(u.aliases, []))
  AND ($unit IS NOT NULL OR $include_collective OR coalesce(u.category, '') <> 'collective')
WITH u, m, collect(type(r)) AS rels
WITH u, substring(m.deadline, 0, 7) AS month,
     CASE WHEN 'LEADS' IN rels THEN 1 ELSE 0 END AS led,
     CASE WHEN 'LEADS' IN rels THEN 0 ELSE 1 END AS supported
RETURN coalesce(u.name, u.id) AS unit, month, sum(led) AS lead, sum(supported) AS support,
       sum(led) + sum(supported) AS total, u.id AS id
ORDER BY unit, id, month
