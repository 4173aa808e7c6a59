"""Eval suite: gold fixtures from real articles, deterministic scorers, reports and a baseline gate."""
