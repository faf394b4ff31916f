"""The Markdown row every timing benchmark prints for docs/benchmarks.md."""

from __future__ import annotations

import platform
import statistics


def print_timings(label: str, times: list[float]) -> None:
    """Print `times` (milliseconds) as a table: count, median, 95th percentile, max, machine."""
    times = sorted(times)
    p95 = times[max(int(len(times) * 0.95) - 1, 0)]
    print(f"| {label} | median ms | p95 ms | max ms | machine |")
    print("|---|---|---|---|---|")
    print(f"| {len(times)} | {statistics.median(times):.2f} | {p95:.2f} | {times[-1]:.2f} | "
          f"{platform.system()} {platform.machine()}, Python {platform.python_version()} |")
