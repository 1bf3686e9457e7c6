// ReformGraph schema for Neo4j 5 (applied before every load; every statement is idempotent).
// One uniqueness constraint on `id` per node kind (the contract's stable ids; MERGE uses them),
// and the indexes the loader and the named queries look things up by.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reform_id IF NOT EXISTS FOR (n:Reform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT workplan_id IF NOT EXISTS FOR (n:Workplan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;

// Replacing one document's items: find its reforms, workplans and measures.
CREATE INDEX reform_document IF NOT EXISTS FOR (n:Reform) ON (n.document);
CREATE INDEX workplan_document IF NOT EXISTS FOR (n:Workplan) ON (n.document);
CREATE INDEX measure_document IF NOT EXISTS FOR (n:Measure) ON (n.document);

// Named queries: units by name (unit_neighbourhood, shortest_chain), workplans by number
// (workplan_detail), measures by deadline (deadlines_per_month).
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX workplan_number IF NOT EXISTS FOR (n:Workplan) ON (n.number);
CREATE INDEX measure_deadline IF NOT EXISTS FOR (n:Measure) ON (n.deadline);
