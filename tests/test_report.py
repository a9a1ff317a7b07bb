"""The HTML report renders with its charts in headless Chromium (Debian's chromium package;
.ci/run installs it). Outside CI the test is skipped when no Chromium is installed."""
import os
import shutil
from pathlib import Path

import pytest

from flows import report

from conftest import SEED_ARTICLES, build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    wh = tmp_path_factory.mktemp("report") / "wh"
    build([SEED_ARTICLES], wh)
    return report.write(wh)


def test_report_is_self_contained(report_file):
    page = report_file.read_text()
    assert page.count("<svg") == 4 and "<script" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page
    assert "Nikolai Patrushev" in page and "Newest events" in page


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="no Chromium installed")
def test_report_renders_in_chromium(report_file, tmp_path):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "CI must install Debian's chromium (see .ci/run)"
    errors = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 1600})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(Path(report_file).as_uri())
        charts = page.locator("svg.chart")
        assert charts.count() == 4
        for i in range(4):
            box = charts.nth(i).bounding_box()
            assert box and box["width"] > 300 and box["height"] > 40
        assert page.locator("svg.chart rect").count() > 10
        assert page.locator("table tbody tr").count() > 5
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert errors == []
    assert shot.stat().st_size > 20_000
    print(f"screenshot: {shot}")
