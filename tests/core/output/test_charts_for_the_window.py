"""A chart as the window gets it: SVG with its size, made by a plain function a thread can run."""

from __future__ import annotations

import threading

from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.review_data import results_by_year
from equity_desktop.core.output import charts
from equity_desktop.core.review.store import ReviewStore


def test_a_chart_for_the_window_is_svg_of_the_width_asked_made_in_any_thread(demo_file):
    with ReviewStore.open(demo_file, read_only=True) as store:
        result = results_by_year(store.snapshots(), Rule())[-1]
    made = []
    thread = threading.Thread(target=lambda: made.append(
        charts.svg_chart(lambda width: charts.isolation_chart(result, "race_ethnicity", width), 480)))
    thread.start()
    thread.join()
    chart = made[0]
    drawing = charts.isolation_chart(result, "race_ethnicity", 480)
    assert (chart.width, chart.height) == (480, drawing.height)
    assert chart.svg.startswith(b"<?xml") and b"63.0 %" in chart.svg and b"<clipPath" not in chart.svg
