"""``sxsh demo``: load the sample enterprises and assessments."""

from __future__ import annotations

import argparse
from typing import Any

from sxsh_desktop.cli.context import open_store
from sxsh_desktop.domain.model import Assessment, Enterprise


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="add a realistic sample: three Hà Tĩnh enterprises, each with a complete rapid assessment",
        description="Add the sample data; running it again changes nothing.",
    )
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.samples import load_sample_data

    store = open_store(args)
    try:
        ids = load_sample_data(store).value
        for assessment_id in ids:
            assessment = store.get(Assessment, assessment_id)
            enterprise = store.get(Enterprise, assessment.enterprise_id)
            print(f"{assessment_id[:8]}  {enterprise.name} — {assessment.title}")
        print(f"Sample data ready: {len(ids)} assessments in {store.location}")
    finally:
        store.close()
    return 0
