"""The pages of the rapid-assessment workflow (DESIGN.md section 2), hosted by the workflow window."""

from __future__ import annotations

from sxsh_desktop.ui.pages.general import GeneralPage
from sxsh_desktop.ui.pages.process import ProcessPage
from sxsh_desktop.ui.pages.solutions import SolutionsPage
from sxsh_desktop.ui.pages.summary import SummaryPage
from sxsh_desktop.ui.pages.waste import WastePage
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.page import WorkflowPage

__all__ = ["GeneralPage", "ProcessPage", "SolutionsPage", "SummaryPage", "WastePage", "workflow_pages"]


def workflow_pages(context: WorkbenchContext) -> list[WorkflowPage]:
    """General data and baseline, process, waste and causes, solutions, summary — in that order."""
    return [
        GeneralPage(context),
        ProcessPage(context),
        WastePage(context),
        SolutionsPage(context),
        SummaryPage(context),
    ]
