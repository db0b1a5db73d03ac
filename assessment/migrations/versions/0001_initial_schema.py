"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 19:41:44.240072
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_event_id'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_entity_id'), ['entity_id'], unique=False)

    op.create_table('campaign',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('criteria_versions', sa.JSON(), nullable=False),
    sa.Column('factor_set_version', sa.String(length=40), nullable=False),
    sa.Column('award_quotas', sa.JSON(), nullable=False),
    sa.Column('panel_phase', sa.String(length=20), nullable=False),
    sa.Column('aggregation', sa.String(length=20), nullable=False),
    sa.Column('signing_key', sa.String(length=128), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign')),
    sa.UniqueConstraint('code', name=op.f('uq_campaign_code'))
    )
    op.create_table('exchange_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('source_device', sa.String(length=36), nullable=True),
    sa.Column('person', sa.String(length=200), nullable=True),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_log')),
    sa.UniqueConstraint('package_id', 'direction', name=op.f('uq_exchange_log_package_id_direction'))
    )
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_log_package_id'), ['package_id'], unique=False)

    op.create_table('merge_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base_value', sa.Text(), nullable=True),
    sa.Column('local_value', sa.Text(), nullable=True),
    sa.Column('incoming_value', sa.Text(), nullable=True),
    sa.Column('incoming_actor', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_conflict'))
    )
    with op.batch_alter_table('merge_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_conflict_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_merge_conflict_package_id'), ['package_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table('site',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('site_type', sa.String(length=40), nullable=False),
    sa.Column('subtype', sa.String(length=40), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('address', sa.String(length=500), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('operator_org', sa.String(length=300), nullable=True),
    sa.Column('contact_name', sa.String(length=100), nullable=True),
    sa.Column('contact_phone', sa.String(length=60), nullable=True),
    sa.Column('floor_area_m2', sa.Float(), nullable=True),
    sa.Column('land_area_m2', sa.Float(), nullable=True),
    sa.Column('green_space_m2', sa.Float(), nullable=True),
    sa.Column('occupants', sa.Integer(), nullable=True),
    sa.Column('occupant_kind', sa.String(length=20), nullable=True),
    sa.Column('year_commissioned', sa.Integer(), nullable=True),
    sa.Column('lifecycle_stage', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('code', name=op.f('uq_site_code'))
    )
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_district'), ['district'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_site_type'), ['site_type'], unique=False)

    op.create_table('sync_state',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('peer_device', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base_value', sa.Text(), nullable=True),
    sa.Column('package_id', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state')),
    sa.UniqueConstraint('peer_device', 'entity', 'entity_id', 'field', name=op.f('uq_sync_state_peer_device_entity_entity_id_field'))
    )
    op.create_table('assessment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('assessor_id', sa.String(length=36), nullable=True),
    sa.Column('period_start', sa.String(length=7), nullable=False),
    sa.Column('period_end', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.String(length=36), nullable=True),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('return_comment', sa.Text(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('last_total', sa.Float(), nullable=True),
    sa.Column('last_tier', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessor_id'], ['person.id'], name=op.f('fk_assessment_assessor_id_person')),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_assessment_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['previous_id'], ['assessment.id'], name=op.f('fk_assessment_previous_id_assessment')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_assessment_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('site_id', 'campaign_id', 'revision', name=op.f('uq_assessment_site_id_campaign_id_revision'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_status'), ['status'], unique=False)

    op.create_table('campaign_member',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_member_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_campaign_member_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_member')),
    sa.UniqueConstraint('campaign_id', 'person_id', 'role', name=op.f('uq_campaign_member_campaign_id_person_id_role'))
    )
    with op.batch_alter_table('campaign_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_member_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_member_person_id'), ['person_id'], unique=False)

    op.create_table('conflict_declaration',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_conflict_declaration_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_conflict_declaration_person_id_person')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_conflict_declaration_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_declaration')),
    sa.UniqueConstraint('campaign_id', 'person_id', 'site_id', name=op.f('uq_conflict_declaration_campaign_id_person_id_site_id'))
    )
    with op.batch_alter_table('conflict_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_declaration_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_declaration_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_declaration_site_id'), ['site_id'], unique=False)

    op.create_table('activity_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('carrier', sa.String(length=40), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('estimated', sa.Boolean(), nullable=False),
    sa.Column('meter_id', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_activity_record_assessment_id_assessment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_record')),
    sa.UniqueConstraint('assessment_id', 'carrier', 'meter_id', 'month', name=op.f('uq_activity_record_assessment_id_carrier_meter_id_month'))
    )
    with op.batch_alter_table('activity_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_record_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original_sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('captured_at', sa.DateTime(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('added_by', sa.String(length=200), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_evidence_assessment_id_assessment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_sha256'), ['sha256'], unique=False)

    op.create_table('panel_score',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('item_code', sa.String(length=40), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_panel_score_assessment_id_assessment')),
    sa.ForeignKeyConstraint(['member_id'], ['person.id'], name=op.f('fk_panel_score_member_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_panel_score')),
    sa.UniqueConstraint('assessment_id', 'member_id', 'item_code', name=op.f('uq_panel_score_assessment_id_member_id_item_code'))
    )
    with op.batch_alter_table('panel_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_panel_score_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_panel_score_member_id'), ['member_id'], unique=False)

    op.create_table('response',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('item_code', sa.String(length=40), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_response_assessment_id_assessment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response')),
    sa.UniqueConstraint('assessment_id', 'item_code', name=op.f('uq_response_assessment_id_item_code'))
    )
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('score_snapshot',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('criteria_code', sa.String(length=60), nullable=False),
    sa.Column('criteria_version', sa.String(length=20), nullable=False),
    sa.Column('factor_version', sa.String(length=40), nullable=False),
    sa.Column('total', sa.Float(), nullable=True),
    sa.Column('tier', sa.String(length=40), nullable=True),
    sa.Column('card_json', sa.Text(), nullable=False),
    sa.Column('card_hash', sa.String(length=64), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_score_snapshot_assessment_id_assessment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score_snapshot'))
    )
    with op.batch_alter_table('score_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_snapshot_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('votes_abstain', sa.Integer(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('snapshot_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_decision_assessment_id_assessment')),
    sa.ForeignKeyConstraint(['snapshot_id'], ['score_snapshot.id'], name=op.f('fk_decision_snapshot_id_score_snapshot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
    sa.UniqueConstraint('assessment_id', name=op.f('uq_decision_assessment_id'))
    )
    op.create_table('dossier_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('snapshot_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_dossier_record_assessment_id_assessment')),
    sa.ForeignKeyConstraint(['snapshot_id'], ['score_snapshot.id'], name=op.f('fk_dossier_record_snapshot_id_score_snapshot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_record')),
    sa.UniqueConstraint('number', name=op.f('uq_dossier_record_number'))
    )
    with op.batch_alter_table('dossier_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_record_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('evidence_item',
    sa.Column('evidence_id', sa.String(length=36), nullable=False),
    sa.Column('item_code', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_evidence_item_evidence_id_evidence')),
    sa.PrimaryKeyConstraint('evidence_id', 'item_code', name=op.f('pk_evidence_item'))
    )



def downgrade() -> None:

    op.drop_table('evidence_item')
    with op.batch_alter_table('dossier_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_record_assessment_id'))

    op.drop_table('dossier_record')
    op.drop_table('decision')
    with op.batch_alter_table('score_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_snapshot_assessment_id'))

    op.drop_table('score_snapshot')
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_assessment_id'))

    op.drop_table('response')
    with op.batch_alter_table('panel_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_panel_score_member_id'))
        batch_op.drop_index(batch_op.f('ix_panel_score_assessment_id'))

    op.drop_table('panel_score')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_sha256'))
        batch_op.drop_index(batch_op.f('ix_evidence_assessment_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('activity_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_record_assessment_id'))

    op.drop_table('activity_record')
    with op.batch_alter_table('conflict_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_site_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_person_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_campaign_id'))

    op.drop_table('conflict_declaration')
    with op.batch_alter_table('campaign_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_member_person_id'))
        batch_op.drop_index(batch_op.f('ix_campaign_member_campaign_id'))

    op.drop_table('campaign_member')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_status'))
        batch_op.drop_index(batch_op.f('ix_assessment_site_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_campaign_id'))

    op.drop_table('assessment')
    op.drop_table('sync_state')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_site_type'))
        batch_op.drop_index(batch_op.f('ix_site_district'))

    op.drop_table('site')
    op.drop_table('person')
    with op.batch_alter_table('merge_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_conflict_package_id'))
        batch_op.drop_index(batch_op.f('ix_merge_conflict_assessment_id'))

    op.drop_table('merge_conflict')
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_log_package_id'))

    op.drop_table('exchange_log')
    op.drop_table('campaign')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_assessment_id'))

    op.drop_table('audit_event')
    op.drop_table('app_meta')

