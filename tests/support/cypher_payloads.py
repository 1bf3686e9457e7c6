"""Cypher the read-only runner must refuse, and reads it must let through (shared by the pure and the server tests).

``BYPASSES``: what got past the old text filter on a real Neo4j 5.26 server or
a Bolt test server (issues 13 and 14). ``WRITE_ATTEMPTS``: the 48 classic
write attempts, by kind (case, comments, Unicode whitespace, ``CALL {}``,
``FOREACH``, ``LOAD CSV``, several statements, procedures and admin commands).
Every write creates or changes something recognisable (ids starting ``rg-``,
the name ``PWNED``) or deletes everything, so a test can see an effect.
"""

from __future__ import annotations

BYPASSES = {
    "comment ended by a bare CR, then TERMINATE": "MATCH (n) RETURN count(n) // x\rTERMINATE TRANSACTIONS",
    "comment ended by CR, then DETACH DELETE": "MATCH (n) RETURN count(n) // x\rMATCH (m) DETACH DELETE m",
    "comment ended by U+2028": "MATCH (n) RETURN count(n) // x\u2028MATCH (m) DETACH DELETE m",
    "comment ended by U+0085": "MATCH (n) RETURN count(n) // x\x85MATCH (m) DETACH DELETE m",
    "backticked dbms procedure": "CALL `dbms`.`listConfig`()",
    "backticked db procedure": "CALL `db`.`clearQueryCaches`()",
    "backticked whole procedure name": "CALL `db.clearQueryCaches`()",
    "procedure name split by a comment": "CALL db./* */clearQueryCaches()",
    "SHOW USERS": "SHOW USERS",
    "SHOW TRANSACTIONS": "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "GQL INSERT": "INSERT (:Unit {id: 'rg-insert', name: 'PWNED'})",
    "GQL INSERT lower case": "insert (:Unit {id: 'rg-insert2', name: 'PWNED'})",
    "GQL NODETACH DELETE": "MATCH (n:Unit) NODETACH DELETE n",
    "escaped quote that ends the string elsewhere": "MATCH (n) WHERE n.name = 'x\\' DETACH DELETE n //' RETURN n",
    "full-width keyword": "ＣＲＥＡＴＥ (:Unit {id: 'rg-fullwidth', name: 'PWNED'})",
    "zero-width space between keywords": "MATCH (n)\u200bDETACH DELETE n",
    "apoc function running Cypher": "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n RETURN 1', {})",
    "CALL with a scope clause writing": "MATCH (u:Unit) CALL (u) { SET u.name = 'PWNED' } RETURN count(*)",
    "write inside EXISTS": "MATCH (n) WHERE EXISTS { MATCH (n) DETACH DELETE n } RETURN n",
    "USE another database": "USE system SHOW USERS",
    "unknown clause after a read": "MATCH (n) UPSERT (n) RETURN n",
    "cypher options prefix": "CYPHER runtime=slotted MATCH (n) DETACH DELETE n",
}

WRITE_ATTEMPTS = [
    # case
    "create (n:Unit {id: 'rg-1', name: 'PWNED'})",
    "CrEaTe (n:Unit {id: 'rg-2', name: 'PWNED'})",
    "MATCH (n:Unit) set n.name = 'PWNED'",
    "MATCH (n) detach delete n",
    "MATCH (n) DeTaCh DeLeTe n",
    "merge (n:Unit {id: 'rg-3', name: 'PWNED'})",
    "MATCH (n:Unit) remove n.name",
    "MATCH (n:Unit) REMOVE n:Unit",
    # comments
    "MATCH (n) /* RETURN n */ DETACH DELETE n",
    "MATCH (n) // harmless\nDETACH DELETE n",
    "MATCH (n) // harmless\rDETACH DELETE n",
    "MATCH (n) // harmless\r\nDETACH DELETE n",
    "MATCH (n) /* a */DETACH/* b */DELETE n",
    "/* MATCH (n) RETURN n */ CREATE (:Unit {id: 'rg-4', name: 'PWNED'})",
    "MATCH (n) RETURN n /* never closed; CREATE (:Unit {id: 'rg-5'})",
    "// only a comment\nCREATE (:Unit {id: 'rg-6', name: 'PWNED'})",
    # Unicode whitespace
    "MATCH (n)\u00a0DETACH\u00a0DELETE n",
    "MATCH (n)\u3000DETACH\u3000DELETE\u3000n",
    "MATCH (n:Unit)\u2003SET n.name = 'PWNED'",
    "CREATE\u2029(:Unit {id: 'rg-7', name: 'PWNED'})",
    "MATCH (n)\tDETACH\x0bDELETE n",
    "MATCH (n)\x0cDETACH\x1cDELETE n",
    "MERGE\u205f(:Unit {id: 'rg-8', name: 'PWNED'})",
    "MATCH (n)\u1680DETACH\u2000DELETE\u202fn",
    # CALL {}
    "CALL { CREATE (:Unit {id: 'rg-9', name: 'PWNED'}) } RETURN 1",
    "MATCH (u:Unit) CALL { WITH u SET u.name = 'PWNED' } RETURN count(*)",
    "CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS",
    "UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Unit {id: 'rg-c' + i}) } IN TRANSACTIONS OF 1 ROW",
    "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
    # FOREACH
    "MATCH (n) FOREACH (x IN [1] | DETACH DELETE n)",
    "FOREACH (i IN range(1, 3) | CREATE (:Unit {id: 'rg-f' + toString(i), name: 'PWNED'}))",
    "MATCH (u:Unit) WITH collect(u) AS us FOREACH (u IN us | SET u.name = 'PWNED')",
    "foreach (i IN [1] | merge (:Unit {id: 'rg-10', name: 'PWNED'}))",
    # LOAD CSV
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row CREATE (:Unit {id: row.id})",
    "load csv from 'file:///x' as row return row",
    "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS row CREATE (:Unit {id: row[0]})",
    # several statements
    "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n",
    "RETURN 1;CREATE (:Unit {id: 'rg-11', name: 'PWNED'})",
    "RETURN ';' AS x; CREATE (:Unit {id: 'rg-12', name: 'PWNED'})",
    "RETURN 1 // ;\n; MATCH (n) DETACH DELETE n",
    # procedures and admin commands
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL db.createLabel('PWNED')",
    "CALL dbms.security.createUser('rg', 'secret', false)",
    "DROP CONSTRAINT unit_id",
    "CREATE INDEX rg_x FOR (n:Unit) ON (n.x)",
    "ALTER USER neo4j SET PASSWORD 'pwned'",
]

READS = [
    "MATCH (n) RETURN n LIMIT 5",
    "MATCH (u:Unit {name: 'CREATE (x)'}) RETURN u",
    "MATCH (u:Unit) RETURN u.set, u.`delete`, $merge",
    'MATCH (u) WHERE u.name = "SET" RETURN {create: 1, remove: [1]} AS m',
    "MATCH (u:Unit) RETURN u {.name, .set} AS u",
    "CALL db.labels()",
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
    "CALL { MATCH (n) RETURN n } RETURN count(*)",
    "MATCH (u:Unit) CALL (u) { MATCH (u)-[:LEADS]->(m) RETURN count(m) AS led } RETURN u.name, led",
    "// DELETE everything\nMATCH (n) RETURN count(n) /* SET */",
    "MATCH (n) RETURN count(n);",
    "MATCH (u:Unit) WHERE EXISTS { (u)-[:LEADS]->(:Measure) } RETURN u.name",
    "MATCH (u:Unit) RETURN u.name, COUNT { (u)-[:SUPPORTS]->() } AS s ORDER BY s DESC SKIP 1 LIMIT 3",
    "MATCH (u:Unit) RETURN u.name AS x UNION ALL MATCH (w:Workplan) RETURN w.title AS x",
    "OPTIONAL MATCH (n:Law) RETURN n",
    "UNWIND [1, 2, 3] AS x WITH x WHERE x > 1 AND NOT x IN [3] RETURN x, CASE WHEN x = 2 THEN 'two' ELSE 'other' END",
    "RETURN date.truncate('month', date('2022-05-17')) AS d, duration.between(date(), date()) AS z",
    "MATCH (m:Measure) WHERE m.text STARTS WITH '推进' OR m.text CONTAINS 'set' RETURN m.id ORDER BY m.id DESC",
    "MATCH p = shortestPath((a:Unit)-[:LEADS|SUPPORTS*..6]-(b:Unit)) WHERE a <> b RETURN length(p) LIMIT 1",
    "EXPLAIN MATCH (n) RETURN n",
    "MATCH (n) WHERE n:Unit OR n:Measure RETURN labels(n)[0] AS kind, count(*) AS n",
    "RETURN [x IN range(1, 5) WHERE x % 2 = 0 | x * 2] AS evens",
    "MATCH (u:Unit) RETURN * ORDER BY u.name LIMIT 2",
    "MATCH (u:Unit)\u3000RETURN\u00a0u.name\u2028LIMIT 1",
]
