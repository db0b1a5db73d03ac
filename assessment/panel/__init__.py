"""Review panel: roles and phases, conflicts, member scoring, visibility, aggregation, ranking, decisions."""
