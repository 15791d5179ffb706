"""Engines that run extraction beyond this process: :mod:`newsgraph.engines.dask`."""

__all__: list[str] = []
