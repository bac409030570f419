"""The normalized timeline: log parsers -> ECS events -> Parquet (schema in .schema)."""
