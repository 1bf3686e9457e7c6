// counts: how many nodes of each kind the database holds (a quick check after a load).
MATCH (n)
WHERE n.id IS NOT NULL
RETURN labels(n)[0] AS kind, count(*) AS count
ORDER BY kind
