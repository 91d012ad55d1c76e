"""The map step of relgraph under Apache Spark (local mode).

Usage: spark_extract.py RELGRAPH RECORDS.jsonl DIR...

Reads the .txt articles under each DIR (ids as `relgraph build` gives them:
the path below the directory), sends them as JSON Lines through
`RELGRAPH extract -` with `rdd.pipe`, one process per partition, and writes
the collected records to RECORDS.jsonl for `relgraph merge`. Run by
tests/cli/exports.rs; the README shows the same job on a cluster.
"""

import json
import os
import sys

from pyspark.sql import SparkSession


def articles(directory):
    """(id, text) of every .txt file under `directory`, in name order."""
    found = []
    for root, _, files in os.walk(directory):
        for name in files:
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                found.append(os.path.relpath(path, directory).replace(os.sep, "/"))
    for rel in sorted(found):
        with open(os.path.join(directory, rel), encoding="utf-8") as f:
            yield rel, f.read()


def main(relgraph, out, directories):
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    docs = [json.dumps({"id": i, "text": t}) for d in directories for i, t in articles(d)]
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("relgraph-extract")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        # Two partitions, so that two extract processes run; collect() keeps their order.
        records = spark.sparkContext.parallelize(docs, 2).pipe(f"{relgraph} extract -").collect()
    finally:
        spark.stop()
    with open(out, "w", encoding="utf-8") as f:
        for line in records:
            f.write(line + "\n")
    print(f"{len(docs)} documents, {len(records)} records", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
