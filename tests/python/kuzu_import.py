"""Imports relgraph's Neo4j export into Kùzu, an embedded Cypher engine.

Usage: kuzu_import.py NEO4J_DIR DB_DIR FROM:TO...

Reads NEO4J_DIR/actors.csv and NEO4J_DIR/relations.csv as written by
`relgraph export --format neo4j` (the header row names the columns the
Neo4j way; Kùzu takes them by position), creates a fresh database in DB_DIR
and prints, as JSON, the numbers of nodes, of relations and of evidence
sentences, and the length of an undirected shortest path between each pair
of actor ids given (null when there is none). Run by
tests/cli/exports.rs.
"""

import json
import sys

import kuzu


def main(neo4j_dir, db_dir, pairs):
    db = kuzu.Database(db_dir)
    conn = kuzu.Connection(db)
    # actors.csv: id:ID,label,kind,country,mentions:long,:LABEL
    conn.execute(
        "CREATE NODE TABLE Actor(id STRING, label STRING, kind STRING, country STRING,"
        " mentions INT64, labels STRING, PRIMARY KEY (id))"
    )
    # relations.csv: :START_ID,:END_ID,:TYPE,relation,directed:boolean,weight:long,
    # documents:string[],first_date:date,last_date:date,evidence
    conn.execute(
        "CREATE REL TABLE Relation(FROM Actor TO Actor, type STRING, relation STRING,"
        " directed BOOLEAN, weight INT64, documents STRING, first_date DATE, last_date DATE,"
        " evidence STRING)"
    )
    options = "(HEADER=true, PARALLEL=false)"
    conn.execute(f"COPY Actor FROM '{neo4j_dir}/actors.csv' {options}")
    conn.execute(f"COPY Relation FROM '{neo4j_dir}/relations.csv' {options}")

    def one(query, **params):
        result = conn.execute(query, params)
        row = result.get_next()
        return row[0]

    nodes = one("MATCH (a:Actor) RETURN count(a)")
    edges = one("MATCH (:Actor)-[r:Relation]->(:Actor) RETURN count(r)")
    sentences = 0
    result = conn.execute("MATCH (:Actor)-[r:Relation]->(:Actor) RETURN r.evidence, r.weight")
    while result.has_next():
        evidence, weight = result.get_next()
        items = json.loads(evidence)
        assert len(items) == weight, (len(items), weight)
        sentences += len(items)
    paths = []
    for pair in pairs:
        source, target = pair.split(":", 1)
        result = conn.execute(
            "MATCH p = (a:Actor)-[:Relation* SHORTEST 1..30]-(b:Actor)"
            " WHERE a.id = $source AND b.id = $target RETURN length(p)",
            {"source": source, "target": target},
        )
        paths.append(result.get_next()[0] if result.has_next() else None)
    print(json.dumps({"nodes": nodes, "edges": edges, "sentences": sentences, "paths": paths}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
