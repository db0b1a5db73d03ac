"""Named operations: each is one transaction; the UI and the CLI call these and nothing else."""

from assessment.ops.activity import bulk_insert_activity, delete_activity, list_activity, record_activity
from assessment.ops.evidence import attach_evidence, list_evidence, remove_evidence, update_evidence
from assessment.ops.queries import assessment_detail, audit_history, list_sites, site_assessment_id
from assessment.ops.responses import set_response, set_responses
from assessment.ops.sites import (
    create_campaign,
    create_site,
    get_campaign,
    get_site,
    list_campaigns,
    update_assessment,
    update_site,
)
from assessment.ops.workflow import (
    CheckFinding,
    amend,
    decide,
    return_for_correction,
    start_review,
    submission_check,
    submit,
)

__all__ = [
    "CheckFinding", "amend", "assessment_detail", "attach_evidence", "audit_history", "bulk_insert_activity",
    "create_campaign", "create_site", "decide", "delete_activity", "get_campaign", "get_site", "list_activity",
    "list_campaigns", "list_evidence", "list_sites", "record_activity", "remove_evidence",
    "return_for_correction", "set_response", "set_responses", "site_assessment_id", "start_review",
    "submission_check", "submit",
    "update_assessment", "update_evidence", "update_site",
]
