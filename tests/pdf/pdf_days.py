"""The bundled sample visit stretched over several days, in either language:
the packs the layout tests read back (the glance and the programme change most
with the number of days). The same packs as the benchmark's blank share."""

from __future__ import annotations

from benchmarks.page_use import sample_over as sample

__all__ = ["sample"]
