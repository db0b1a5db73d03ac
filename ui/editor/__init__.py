"""The site editor's tabs: profile, energy grid, checklist, evidence, score card."""
