// workplan_detail: one workplan with its measures and units: one row per measure, in order.
// `leads` / `supports` name the measure's units (a unit that leads is not listed as supporting);
// `responsible_lead` / `responsible_support` are the units of the workplan's 责任单位 section.
// Missing units are collected as '' and dropped from the lists (no null is ever aggregated). The 责任单位
// comprehensions start from the workplan (from the unit side, a hub's thousands of relationships were walked).
// @param workplan: str -- workplan number as in the table of contents ("11", "60.1") or its id
// @param document: str = null -- document id (doc:…) when several documents have that number
MATCH (w:Workplan)
WHERE (w.id = $workplan OR w.number = $workplan) AND ($document IS NULL OR w.document = $document)
WITH w, [(w)<-[rr:RESPONSIBLE_FOR]-(ru:Unit) WHERE rr.role = 'lead' | coalesce(ru.name, ru.id)] AS rlead,
        [(w)<-[rr:RESPONSIBLE_FOR]-(ru:Unit) WHERE rr.role = 'support' | coalesce(ru.name, ru.id)] AS rsup
MATCH (m:Measure)-[:PART_OF]->(w)
OPTIONAL MATCH (lu:Unit)-[:LEADS]->(m)
WITH w, rlead, rsup, m, collect(DISTINCT coalesce(lu.id, '')) AS lead_ids,
     collect(DISTINCT coalesce(lu.name, lu.id, '')) AS lead_names
OPTIONAL MATCH (su:Unit)-[:SUPPORTS]->(m)
WHERE NOT su.id IN lead_ids
WITH w, rlead, rsup, m, [x IN lead_names WHERE x <> ''] AS leads,
     [x IN collect(DISTINCT coalesce(su.name, su.id, '')) WHERE x <> ''] AS supports
RETURN w.number AS workplan, w.title AS title, m.seq AS seq, m.text AS text, m.deadline AS deadline,
       m.status AS status, leads, supports, m.line AS line, rlead AS responsible_lead,
       rsup AS responsible_support, w.document AS document, m.id AS id
ORDER BY document, seq
