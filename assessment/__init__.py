"""Storage, workflow operations, import/export and documents for site assessments (no Qt)."""
