"""Baseline year and emissions on an assessment (for reduction against a baseline).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("baseline_year", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("baseline_emissions_t", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("baseline_emissions_t")
        batch.drop_column("baseline_year")
