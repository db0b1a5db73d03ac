"""Fixtures for the scoring tests: the packaged criteria and factor sets."""

from __future__ import annotations

import pytest

from scoring import CriteriaSet, FactorSet, load_criteria_set, load_factor_set


@pytest.fixture(scope="session")
def factors() -> FactorSet:
    return load_factor_set("2025.1")


@pytest.fixture(scope="session")
def park() -> CriteriaSet:
    return load_criteria_set("nzc_park", "2025.1")


@pytest.fixture(scope="session")
def school() -> CriteriaSet:
    return load_criteria_set("nzc_school", "2025.1")


@pytest.fixture(scope="session")
def building() -> CriteriaSet:
    return load_criteria_set("nzc_building", "2025.1")


@pytest.fixture(scope="session")
def facility() -> CriteriaSet:
    return load_criteria_set("nzc_public_facility", "2025.1")
