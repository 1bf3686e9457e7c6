// top_units: units ranked by measures led, measures supported, or weighted load (as `reformgraph top`).
// A unit that leads and supports one measure counts as its lead; load = lead * lead_weight + support * support_weight.
// Ties: weighted load (descending), then name. Collective units (各区县政府 …) only with include_collective.
// A unit without measures stands in for its missing measure, with an empty type (no null is ever aggregated).
// @param by: choice(load,lead,support) = "load" -- what to rank by
// @param n: int = 20 -- how many units
// @param include_collective: bool = false -- also rank collective units
// @param lead_weight: float = 2.0 -- weight of a measure led
// @param support_weight: float = 1.0 -- weight of a measure supported
MATCH (u:Unit)
WHERE $include_collective OR coalesce(u.category, '') <> 'collective'
OPTIONAL MATCH (u)-[r:LEADS|SUPPORTS]->(m:Measure)
WITH u, coalesce(m, u) AS m, collect(coalesce(type(r), '')) AS rels
WITH u, sum(CASE WHEN m <> u AND 'LEADS' IN rels THEN 1 ELSE 0 END) AS lead,
        sum(CASE WHEN m <> u AND NOT 'LEADS' IN rels THEN 1 ELSE 0 END) AS support
WITH u, lead, support, lead * $lead_weight + support * $support_weight AS weighted
WITH u, lead, support, weighted,
     CASE $by WHEN 'lead' THEN toFloat(lead) WHEN 'support' THEN toFloat(support) ELSE weighted END AS value
RETURN coalesce(u.name, u.id) AS unit, u.category AS category, lead, support, weighted AS `load`, u.id AS id
ORDER BY value DESC, weighted DESC, unit, id
LIMIT $n
