"""Check constraints: non-negative activity quantities, revisions from 1, known assessment statuses.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATUSES = "('draft', 'submitted', 'under_review', 'decided')"


def upgrade() -> None:
    with op.batch_alter_table("activity_record") as batch:
        batch.create_check_constraint("quantity_nonneg", sa.text("quantity >= 0"))
    with op.batch_alter_table("assessment") as batch:
        batch.create_check_constraint("revision_positive", sa.text("revision >= 1"))
        batch.create_check_constraint("status_known", sa.text(f"status IN {STATUSES}"))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_constraint("status_known", type_="check")
        batch.drop_constraint("revision_positive", type_="check")
    with op.batch_alter_table("activity_record") as batch:
        batch.drop_constraint("quantity_nonneg", type_="check")
